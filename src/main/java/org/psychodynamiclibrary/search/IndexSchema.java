package org.psychodynamiclibrary.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of the index. Text is matched and scored in {@code all} (every text field together, so each
 * query word may be found in a different field); title, headings and summary are indexed on their own too,
 * to add their boosted scores, so title ranks above headings above summary above body.
 * <p>
 * Snippets come from the body, which is the first value of {@code all} and the only stored one: the stored
 * text then lines up with the offsets in the postings, and matches in the later values (title, headings,
 * summary), whose offsets lie past the end of the body, are ignored by the highlighter. So the body is
 * analysed once, and highlighting needs no re-analysis. The summary is stored with offsets for when the
 * body has no match. {@code words} holds the unstemmed words for spelling suggestions; {@code ordinal}
 * points back to the document's entry.
 */
final class IndexSchema {

	static final String ALL = "all";

	static final String WORDS = "words";

	static final String KIND = "kind";

	static final String TOPIC = "topic";

	static final String ORDINAL = "ordinal";

	/** How much a kind of page counts in ranking (see {@link SearchDocument.Kind#weight()}). */
	static final String WEIGHT = "weight";


	/** Stored between the paragraphs of the body: the sentence break iterator always breaks there. */
	static final char PARAGRAPH = '\u2029';

	/** The text fields scored on their own, and their boosts (added to the score in {@code all}). */
	enum Scored {

		TITLE("title", 4f), HEADINGS("headings", 2f), SUMMARY("summary", 1f);

		final String field;

		final float boost;

		Scored(String field, float boost) {
			this.field = field;
			this.boost = boost;
		}

	}

	private static final FieldType HIGHLIGHTED = withOffsets(true);

	private static final FieldType INDEXED_WITH_OFFSETS = withOffsets(false);

	/** Which documents hold a word is all the spelling checker needs. */
	private static final FieldType WORDS_ONLY = wordsOnly();

	private IndexSchema() {
	}

	static Document document(SearchDocument source, int ordinal) {
		Document document = new Document();
		document.add(new NumericDocValuesField(ORDINAL, ordinal));
		document.add(new StringField(KIND, source.kind().key(), Field.Store.NO));
		document.add(new FloatDocValuesField(WEIGHT, source.kind().weight()));
		if (source.topicSlug() != null) {
			document.add(new StringField(TOPIC, source.topicSlug(), Field.Store.NO));
		}
		document.add(new TextField(Scored.TITLE.field, source.title(), Field.Store.NO));
		document.add(new TextField(Scored.HEADINGS.field, source.headings(), Field.Store.NO));
		document.add(new Field(Scored.SUMMARY.field, source.summary(), HIGHLIGHTED));
		document.add(new Field(ALL, source.body().replace('\n', PARAGRAPH), HIGHLIGHTED));
		for (String text : new String[] { source.title(), source.headings(), source.summary() }) {
			document.add(new Field(ALL, text, INDEXED_WITH_OFFSETS));
		}
		for (String text : new String[] { source.title(), source.headings(), source.summary(), source.body() }) {
			document.add(new Field(WORDS, text, WORDS_ONLY));
		}
		return document;
	}

	private static FieldType wordsOnly() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	private static FieldType withOffsets(boolean stored) {
		FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
