package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word the library does not contain with the closest word it does contain
 * (Lucene's {@link DirectSpellChecker} over the unstemmed {@code words} field, up to two edits away).
 */
final class SpellingSuggester {

	private static final int MAX_WORD_LENGTH = 30;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final LibraryAnalyzer words = LibraryAnalyzer.words();

	private final IndexReader reader;

	SpellingSuggester(IndexReader reader) {
		this.reader = reader;
	}

	/** The text with its unknown words corrected, if any word could be corrected. */
	Optional<String> suggest(String text) throws IOException {
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : this.words.terms(text)) {
			String better = correction(word);
			changed |= !better.equals(word);
			corrected.add(better);
			if (corrected.size() == LibraryAnalyzer.MAX_QUERY_TERMS) {
				break;
			}
		}
		return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
	}

	private String correction(String word) throws IOException {
		Term term = new Term(IndexSchema.WORDS, word);
		if (word.length() > MAX_WORD_LENGTH || this.reader.docFreq(term) > 0) {
			return word;
		}
		SuggestWord[] suggestions = this.checker.suggestSimilar(term, 1, this.reader,
				SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		return (suggestions.length > 0) ? suggestions[0].string : word;
	}

}
