package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query without a query parser, so no input is syntax.
 * Loose words go through the query analyzer (synonyms included) and must all be found, each in any field;
 * a word the index does not know, of five letters or more, matches words within one typo (two from eight
 * letters). Quoted phrases go through the index analyzer: those words in that order, no synonyms, no typos.
 * Matching uses the {@code all} field; the score adds up the boosted per-field matches.
 */
final class QueryTranslator {

	static final int MIN_FUZZY_LENGTH = 5;

	static final int MAX_FUZZY_LENGTH = 30;

	private final QueryBuilder words;

	private final QueryBuilder phrases;

	QueryTranslator(Analyzer queryAnalyzer, Analyzer indexAnalyzer, IndexReader reader) {
		this.words = new TypoTolerantBuilder(queryAnalyzer, reader);
		this.phrases = new QueryBuilder(indexAnalyzer);
	}

	/**
	 * The query, or null when nothing in the text is searchable (only stop words or punctuation).
	 * @param allWords whether every loose word must match, or at least one
	 */
	Query translate(UserQuery query, boolean allWords) {
		BooleanQuery.Builder match = new BooleanQuery.Builder();
		add(match, this.words.createBooleanQuery(IndexSchema.ALL, query.words(), allWords ? Occur.MUST : Occur.SHOULD),
				Occur.MUST);
		for (String phrase : query.phrases()) {
			add(match, this.phrases.createPhraseQuery(IndexSchema.ALL, phrase), Occur.MUST);
		}
		BooleanQuery filter = match.build();
		if (filter.clauses().isEmpty()) {
			return null;
		}
		BooleanQuery.Builder scored = new BooleanQuery.Builder().add(filter, Occur.FILTER);
		for (IndexSchema.Scored field : IndexSchema.Scored.values()) {
			add(scored, boost(this.words.createBooleanQuery(field.field, query.words(), Occur.SHOULD), field.boost),
					Occur.SHOULD);
			for (String phrase : query.phrases()) {
				add(scored, boost(this.phrases.createPhraseQuery(field.field, phrase), field.boost), Occur.SHOULD);
			}
		}
		return scored.build();
	}

	private static void add(BooleanQuery.Builder builder, Query query, Occur occur) {
		if (query != null) {
			builder.add(query, occur);
		}
	}

	private static Query boost(Query query, float boost) {
		return (query != null) ? new BoostQuery(query, boost) : null;
	}

	/** Builds term queries that tolerate a typo in a word the index does not contain. */
	private static final class TypoTolerantBuilder extends QueryBuilder {

		private final IndexReader reader;

		TypoTolerantBuilder(Analyzer analyzer, IndexReader reader) {
			super(analyzer);
			this.reader = reader;
		}

		@Override
		protected Query newTermQuery(Term term, float boost) {
			int length = term.text().codePointCount(0, term.text().length());
			if (length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH || isKnown(term.text())) {
				return super.newTermQuery(term, boost);
			}
			return new FuzzyQuery(term, (length < 8) ? 1 : 2, 1, 10, true);
		}

		private boolean isKnown(String text) {
			try {
				return this.reader.docFreq(new Term(IndexSchema.ALL, text)) > 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
