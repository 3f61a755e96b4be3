package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder.TermAndBoost;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query without a query parser, so no input is syntax.
 * <ul>
 * <li>Loose words go through the query analyzer (synonyms included) and must all be found, each in any field.
 * <li>A term the index does not know, of five to thirty letters a-z once stemmed, is replaced by the closest
 * terms it does know: one typo away, two from eight letters. Terms of the synonym list are never "typos".
 * <li>Quoted phrases go through the index analyzer: those words in that order, no synonyms, no typos.
 * </ul>
 * Matching and scoring use the {@code all} field; matches in title, headings and summary add boosted scores.
 */
final class QueryTranslator {

	static final int MIN_FUZZY_LENGTH = 5;

	static final int MAX_FUZZY_LENGTH = 30;

	private final TextAnalyzer queryAnalyzer;

	private final TextAnalyzer indexAnalyzer;

	private final IndexReader reader;

	private final QueryBuilder phrases;

	QueryTranslator(TextAnalyzer queryAnalyzer, TextAnalyzer indexAnalyzer, IndexReader reader) {
		this.queryAnalyzer = queryAnalyzer;
		this.indexAnalyzer = indexAnalyzer;
		this.reader = reader;
		this.phrases = new QueryBuilder(indexAnalyzer);
	}

	/** Starts translating a query; its translations share the typo corrections found. */
	Translation of(UserQuery query) {
		Map<String, List<TermAndBoost>> corrections = new HashMap<>();
		Set<String> subjectTerms = this.queryAnalyzer.synonymTerms();
		return new Translation(query, new TypoTolerantBuilder(this.queryAnalyzer, subjectTerms, this.reader, corrections),
				new TypoTolerantBuilder(this.indexAnalyzer, subjectTerms, this.reader, corrections));
	}

	/** One user query, ready to be translated with all or some of its words required. */
	final class Translation {

		private final UserQuery query;

		private final QueryBuilder words;

		private final QueryBuilder plainWords;

		private Translation(UserQuery query, QueryBuilder words, QueryBuilder plainWords) {
			this.query = query;
			this.words = words;
			this.plainWords = plainWords;
		}

		/**
		 * The query, or null when nothing in the text is searchable (only stop words or punctuation).
		 * @param allWords whether every loose word must match, or at least one (with or without its synonyms:
		 * a multi-word synonym such as "defence mechanism" otherwise needs all of its words)
		 */
		Query query(boolean allWords) {
			BooleanQuery.Builder match = new BooleanQuery.Builder();
			if (allWords) {
				add(match, this.words.createBooleanQuery(IndexSchema.ALL, this.query.words(), Occur.MUST), Occur.MUST);
			}
			else {
				add(match, anyOf(this.words.createBooleanQuery(IndexSchema.ALL, this.query.words(), Occur.SHOULD),
						this.plainWords.createBooleanQuery(IndexSchema.ALL, this.query.words(), Occur.SHOULD)),
						Occur.MUST);
			}
			for (String phrase : this.query.phrases()) {
				add(match, QueryTranslator.this.phrases.createPhraseQuery(IndexSchema.ALL, phrase), Occur.MUST);
			}
			BooleanQuery matched = match.build();
			if (matched.clauses().isEmpty()) {
				return null;
			}
			BooleanQuery.Builder scored = new BooleanQuery.Builder().add(matched, Occur.MUST);
			for (IndexSchema.Scored field : IndexSchema.Scored.values()) {
				add(scored, boost(this.words.createBooleanQuery(field.field, this.query.words(), Occur.SHOULD),
						field.boost), Occur.SHOULD);
				for (String phrase : this.query.phrases()) {
					add(scored, boost(QueryTranslator.this.phrases.createPhraseQuery(field.field, phrase), field.boost),
							Occur.SHOULD);
				}
			}
			return scored.build();
		}

	}

	private static Query anyOf(Query first, Query second) {
		if (first == null || second == null) {
			return (first != null) ? first : second;
		}
		return new BooleanQuery.Builder().add(first, Occur.SHOULD).add(second, Occur.SHOULD).build();
	}

	private static void add(BooleanQuery.Builder builder, Query query, Occur occur) {
		if (query != null) {
			builder.add(query, occur);
		}
	}

	private static Query boost(Query query, float boost) {
		return (query != null) ? new BoostQuery(query, boost) : null;
	}

	/**
	 * Builds term queries that tolerate a typo in a word the index does not contain: the word is replaced by
	 * the closest words the index does contain, found once per query in the {@code all} field.
	 */
	private static final class TypoTolerantBuilder extends QueryBuilder {

		private static final int MAX_CORRECTIONS = 5;

		private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

		private final IndexReader reader;

		private final Set<String> synonymTerms;

		private final Map<String, List<TermAndBoost>> corrections;

		TypoTolerantBuilder(TextAnalyzer analyzer, Set<String> synonymTerms, IndexReader reader,
				Map<String, List<TermAndBoost>> corrections) {
			super(analyzer);
			this.synonymTerms = synonymTerms;
			this.reader = reader;
			this.corrections = corrections;
		}

		@Override
		protected Query newTermQuery(Term term, float boost) {
			String text = term.text();
			int length = text.codePointCount(0, text.length());
			if (length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH || !LATIN_WORD.matcher(text).matches()
					|| this.synonymTerms.contains(text)) {
				return super.newTermQuery(term, boost);
			}
			List<TermAndBoost> closest = this.corrections.computeIfAbsent(text, this::closest);
			if (closest.isEmpty()) {
				return super.newTermQuery(term, boost);
			}
			return newSynonymQuery(term.field(), closest.toArray(TermAndBoost[]::new));
		}

		/** Nothing if the index has the term; otherwise the nearest terms it has, best first. */
		private List<TermAndBoost> closest(String text) {
			try {
				Term term = new Term(IndexSchema.ALL, text);
				if (this.reader.docFreq(term) > 0) {
					return List.of();
				}
				Terms terms = MultiTerms.getTerms(this.reader, IndexSchema.ALL);
				if (terms == null) {
					return List.of();
				}
				int edits = (text.codePointCount(0, text.length()) < 8) ? 1 : 2;
				FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, term, edits, 1, true);
				List<TermAndBoost> found = new ArrayList<>();
				for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
					found.add(new TermAndBoost(BytesRef.deepCopyOf(candidate), candidates.getBoost()));
				}
				found.sort(Comparator.comparingDouble((TermAndBoost candidate) -> candidate.boost).reversed());
				return List.copyOf(found.subList(0, Math.min(MAX_CORRECTIONS, found.size())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
