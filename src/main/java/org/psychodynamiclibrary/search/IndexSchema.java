package org.psychodynamiclibrary.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of the index. Text is matched in {@code all} (every text field together, so each query word
 * may be found in a different field) and scored field by field, with title above headings above summary
 * above body. Summary and body are stored, with offsets, for the highlighted snippet. {@code words} holds
 * the unstemmed words for spelling suggestions; {@code ordinal} points back to the document's entry.
 */
final class IndexSchema {

	static final String ALL = "all";

	static final String WORDS = "words";

	static final String KIND = "kind";

	static final String TOPIC = "topic";

	static final String ORDINAL = "ordinal";

	/** Stored between the paragraphs of the body: the sentence break iterator always breaks there. */
	static final char PARAGRAPH = '\u2029';

	/** The scored text fields and their boosts. */
	enum Scored {

		TITLE("title", 5f), HEADINGS("headings", 2.5f), SUMMARY("summary", 1.5f), BODY("body", 1f);

		final String field;

		final float boost;

		Scored(String field, float boost) {
			this.field = field;
			this.boost = boost;
		}

	}

	private static final FieldType HIGHLIGHTED = highlighted();

	private IndexSchema() {
	}

	static Document document(SearchDocument source, int ordinal) {
		Document document = new Document();
		document.add(new NumericDocValuesField(ORDINAL, ordinal));
		document.add(new StoredField(ORDINAL, ordinal));
		document.add(new StringField(KIND, source.kind().key(), Field.Store.NO));
		if (source.topicSlug() != null) {
			document.add(new StringField(TOPIC, source.topicSlug(), Field.Store.NO));
		}
		document.add(new TextField(Scored.TITLE.field, source.title(), Field.Store.NO));
		document.add(new TextField(Scored.HEADINGS.field, source.headings(), Field.Store.NO));
		document.add(new Field(Scored.SUMMARY.field, source.summary(), HIGHLIGHTED));
		document.add(new Field(Scored.BODY.field, source.body().replace('\n', PARAGRAPH), HIGHLIGHTED));
		for (String text : new String[] { source.title(), source.headings(), source.summary(), source.body() }) {
			document.add(new TextField(ALL, text, Field.Store.NO));
			document.add(new TextField(WORDS, text, Field.Store.NO));
		}
		return document;
	}

	private static FieldType highlighted() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
