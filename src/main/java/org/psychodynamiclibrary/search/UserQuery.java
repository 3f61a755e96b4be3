package org.psychodynamiclibrary.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, split into loose words and "quoted phrases". There is no other syntax: operators,
 * wildcards, field names and brackets are ordinary text, which the analyzer reduces to words. A quote
 * without its partner is ignored; curly quotes count as straight ones.
 */
record UserQuery(String words, List<String> phrases) {

	UserQuery {
		phrases = List.copyOf(phrases);
	}

	static UserQuery parse(String text) {
		StringBuilder words = new StringBuilder();
		List<String> phrases = new ArrayList<>();
		String normalised = text.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"');
		String[] parts = normalised.split("\"", -1);
		for (int i = 0; i < parts.length; i++) {
			boolean quoted = (i % 2 == 1) && (i < parts.length - 1);
			if (quoted && !parts[i].isBlank()) {
				phrases.add(parts[i].strip());
			}
			else {
				words.append(' ').append(parts[i]);
			}
		}
		return new UserQuery(words.toString().strip(), phrases);
	}

	boolean isBlank() {
		return this.words.isEmpty() && this.phrases.isEmpty();
	}

	/** Everything typed, without the quotes. */
	String text() {
		return (this.words + " " + String.join(" ", this.phrases)).strip();
	}

}
