package org.psychodynamiclibrary.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the nearest known name to a mistyped one, for "did you mean …?" hints.
 */
public final class Suggestions {

	private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

	private Suggestions() {
	}

	public static Optional<String> closest(String wrong, Collection<String> known) {
		int limit = Math.max(2, wrong.length() / 3);
		return known.stream()
			.filter((candidate) -> DISTANCE.apply(wrong, candidate) <= limit || candidate.contains(wrong)
					|| (wrong.length() > 3 && wrong.contains(candidate)))
			.min(Comparator.comparingInt((String candidate) -> DISTANCE.apply(wrong, candidate)));
	}

	/** {@code " (did you mean 'x'?)"} or an empty string. */
	public static String didYouMean(String wrong, Collection<String> known) {
		return closest(wrong, known).map((match) -> " (did you mean '" + match + "'?)").orElse("");
	}

}
