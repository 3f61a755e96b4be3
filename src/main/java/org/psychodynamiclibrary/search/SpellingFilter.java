package org.psychodynamiclibrary.search;

import java.io.IOException;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces a stemmed British spelling with the stemmed American one, so that "behaviours",
 * "behavioural" and "behavior" all end up as {@code behavior}. It runs after the stemmer, which is
 * why one pair in {@code spellings.txt} covers every form the stemmer reduces to the same stem.
 */
final class SpellingFilter extends TokenFilter {

	private final CharArrayMap<String> stems;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	SpellingFilter(TokenStream input, CharArrayMap<String> stems) {
		super(input);
		this.stems = stems;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		String replacement = this.stems.get(this.term.buffer(), 0, this.term.length());
		if (replacement != null) {
			this.term.setEmpty().append(replacement);
		}
		return true;
	}

}
