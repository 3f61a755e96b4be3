package org.psychodynamiclibrary.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a reader typed, split into loose words and "quoted phrases". There is no other syntax: operators,
 * wildcards, field names and brackets are ordinary text, which the analyzer reduces to words. A quote
 * without its partner is ignored; curly quotes count as straight ones; a repeated word counts once.
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
		return new UserQuery(withoutRepeats(words.toString()), phrases);
	}

	/** A word typed twice adds nothing but work. */
	private static String withoutRepeats(String words) {
		Set<String> seen = new HashSet<>();
		StringBuilder unique = new StringBuilder();
		for (String word : words.strip().split("\\s+")) {
			if (seen.add(word.toLowerCase(Locale.ROOT))) {
				unique.append(unique.isEmpty() ? "" : " ").append(word);
			}
		}
		return unique.toString();
	}

	boolean isBlank() {
		return this.words.isEmpty() && this.phrases.isEmpty();
	}

	/** Everything typed, without the quotes. */
	String text() {
		return (this.words + " " + String.join(" ", this.phrases)).strip();
	}

}
