package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word the library does not contain with the closest word it does contain
 * (Lucene's {@link DirectSpellChecker} over the unstemmed {@code words} field, up to two edits away).
 * Only words of 4 to 30 letters a-z are corrected: the library is written in English.
 */
final class SpellingSuggester {

	private static final Pattern CORRECTABLE = Pattern.compile("[a-z]{4,30}");

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final TextAnalyzer words = TextAnalyzer.words();

	private final IndexReader reader;

	SpellingSuggester(IndexReader reader) {
		this.reader = reader;
	}

	/** The text with its unknown words corrected, if any word could be corrected. */
	Optional<String> suggest(String text) throws IOException {
		List<String> corrected = new ArrayList<>();
		Map<String, String> corrections = new HashMap<>();
		boolean changed = false;
		for (String word : this.words.terms(text)) {
			String better = corrections.computeIfAbsent(word, this::correction);
			changed |= !better.equals(word);
			corrected.add(better);
			if (corrected.size() == TextAnalyzer.MAX_QUERY_TERMS) {
				break;
			}
		}
		return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
	}

	private String correction(String word) {
		Term term = new Term(IndexSchema.WORDS, word);
		try {
			if (!CORRECTABLE.matcher(word).matches() || this.reader.docFreq(term) > 0) {
				return word;
			}
			SuggestWord[] suggestions = this.checker.suggestSimilar(term, 1, this.reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return (suggestions.length > 0) ? suggestions[0].string : word;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
