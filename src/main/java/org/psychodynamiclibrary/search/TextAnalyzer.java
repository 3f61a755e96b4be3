package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The English analysis chain: standard tokenizer, possessive {@code 's} removed, lower case, stop words,
 * word families (kept away from the stemmer), Porter stemming, British spellings mapped to American ones.
 * The query variant also caps the number of terms and expands synonyms and abbreviations (multi-word ones
 * too, as a token graph), weighted below the words typed; the index is never expanded, so the synonym list
 * can change without re-indexing.
 */
final class TextAnalyzer extends Analyzer {

	/** The most terms (after stop words) taken from one query; the rest are ignored. */
	static final int MAX_QUERY_TERMS = 12;

	private final boolean stem;

	private final CharArraySet stopWords;

	private final StemmerOverrideMap families;

	private final CharArrayMap<String> spellings;

	private final SynonymMap synonyms;

	private final Set<String> synonymTerms;

	private TextAnalyzer(boolean stem, CharArraySet stopWords, StemmerOverrideMap families,
			CharArrayMap<String> spellings, SynonymMap synonyms, Set<String> synonymTerms) {
		this.stem = stem;
		this.stopWords = stopWords;
		this.families = families;
		this.spellings = spellings;
		this.synonyms = synonyms;
		this.synonymTerms = synonymTerms;
	}

	/** Runs of letters, lower-cased, nothing else: the vocabulary for spelling suggestions (and cheap to index). */
	static TextAnalyzer words() {
		return new TextAnalyzer(false, CharArraySet.EMPTY_SET, null, null, null, Set.of());
	}

	static TextAnalyzer forIndexing(Vocabulary vocabulary) {
		CharArraySet stopWords = new CharArraySet(vocabulary.stopWords(), false);
		StemmerOverrideMap families = families(vocabulary.wordFamilies());
		TextAnalyzer stemmer = new TextAnalyzer(true, stopWords, families, CharArrayMap.emptyMap(), null,
				Set.of());
		CharArrayMap<String> spellings = new CharArrayMap<>(vocabulary.spellings().size(), false);
		vocabulary.spellings().forEach((british, american) -> {
			String from = stemmer.single(british);
			String to = stemmer.single(american);
			if (from != null && to != null && !from.equals(to)) {
				spellings.put(from, to);
			}
		});
		return new TextAnalyzer(true, stopWords, families, spellings, null, Set.of());
	}

	/** This analyzer plus the synonyms and abbreviations of the vocabulary, and a cap on terms: for queries. */
	TextAnalyzer withSynonyms(Vocabulary vocabulary) {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, this);
		try {
			parser.parse(new StringReader(vocabulary.synonyms()));
		}
		catch (ParseException ex) {
			String cause = (ex.getCause() != null) ? ": " + ex.getCause().getMessage() : "";
			throw new IllegalStateException(vocabulary.location() + "/" + Vocabulary.SYNONYMS + ": "
					+ ex.getMessage() + cause + " (a term must not contain a stop word)", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> terms = vocabulary.synonyms()
			.lines()
			.filter((line) -> !line.strip().startsWith("#"))
			.flatMap((line) -> terms(line).stream())
			.collect(Collectors.toUnmodifiableSet());
		try {
			return new TextAnalyzer(true, this.stopWords, this.families, this.spellings, parser.build(), terms);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every term of the synonym list (empty but for the query analyzer): words of the subject, not typos. */
	Set<String> synonymTerms() {
		return this.synonymTerms;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		if (!this.stem) {
			LetterTokenizer letters = new LetterTokenizer();
			return new TokenStreamComponents(letters, new LowerCaseFilter(letters));
		}
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer));
		stream = new StopFilter(stream, this.stopWords);
		if (this.synonyms != null) {
			stream = new LimitTokenCountFilter(stream, MAX_QUERY_TERMS);
		}
		stream = new SpellingFilter(new PorterStemFilter(new StemmerOverrideFilter(stream, this.families)),
				this.spellings);
		if (this.synonyms != null) {
			stream = new SynonymWeightFilter(new SynonymGraphFilter(stream, this.synonyms, false));
		}
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	@Override
	public int getPositionIncrementGap(String fieldName) {
		// keeps phrases from matching across the values of a multi-valued field
		return 100;
	}

	/** The terms this analyzer makes of a text, in order; for tests and for building the word maps. */
	List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private String single(String word) {
		List<String> terms = terms(word);
		return (terms.size() == 1) ? terms.get(0) : null;
	}

	private static StemmerOverrideMap families(Map<String, String> wordFamilies) {
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
		wordFamilies.forEach(builder::add);
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
