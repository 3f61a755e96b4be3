package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Makes the snippet of each result: the best passages of the body with the matched words in
 * {@code <mark>}, or else of the summary, or else the summary's start. All text is HTML-escaped.
 */
final class Snippets {

	/** The body is the stored value of the {@code all} field. */
	private static final String BODY = IndexSchema.ALL;

	private static final String SUMMARY = IndexSchema.Scored.SUMMARY.field;

	private static final int PASSAGE_LENGTH = 160;

	private final UnifiedHighlighter highlighter;

	Snippets(IndexSearcher searcher, Analyzer indexAnalyzer) {
		UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withBreakIterator(
					() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_LENGTH, 0.5f))
			.withScorer(new LeanPassageScorer())
			.withMaxLength(50_000)
			.withWeightMatches(false); // finding terms per field is several times faster than query matches
		this.highlighter = new UnifiedHighlighter(builder) {

			@Override
			protected int getMaxNoHighlightPassages(String field) {
				// a body without matches gives no snippet, so the summary is used instead
				return field.equals(BODY) ? 0 : 1;
			}

		};
	}

	/** Snippets of the given documents, in the same order. */
	String[] of(Query query, int[] docIds) throws IOException {
		Map<String, String[]> fields = this.highlighter.highlightFields(new String[] { BODY, SUMMARY }, query, docIds,
				new int[] { 2, 1 });
		String[] snippets = new String[docIds.length];
		for (int i = 0; i < docIds.length; i++) {
			String body = fields.get(BODY)[i];
			String summary = fields.get(SUMMARY)[i];
			String snippet = (body != null) ? body : (summary != null) ? summary : "";
			snippets[i] = snippet.replace(IndexSchema.PARAGRAPH, ' ').strip();
		}
		return snippets;
	}

	/**
	 * Lucene's passage score (BM25-like, earlier passages first) without the hash table it builds for every
	 * candidate passage: a passage holds a handful of matches, so a linear scan finds the distinct terms.
	 */
	private static final class LeanPassageScorer extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = passage.getNumMatches();
			BytesRef[] terms = passage.getMatchTerms();
			double score = 0;
			for (int i = 0; i < matches; i++) {
				if (seenBefore(terms, i)) {
					continue;
				}
				int inPassage = 1;
				for (int j = i + 1; j < matches; j++) {
					inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
				}
				score += tf(inPassage, passage.getLength())
						* weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
			}
			return (float) (score * norm(passage.getStartOffset()));
		}

		private static boolean seenBefore(BytesRef[] terms, int index) {
			for (int i = 0; i < index; i++) {
				if (terms[i].bytesEquals(terms[index])) {
					return true;
				}
			}
			return false;
		}

	}

}
