package org.psychodynamiclibrary.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the nearest known names to a mistyped one: for "did you mean …?" hints in content problems, and for the
 * pages a 404 suggests.
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

	/**
	 * The slugs nearest to the last part of a mistaken address (such as {@code /glossary/transferance}), however
	 * far: a slug's distance is the least of its distance as a whole, from its start, and from any one of its
	 * longer words.
	 */
	public static List<String> nearestToPath(String requestedPath, Collection<String> slugs, int limit) {
		String typed = (requestedPath == null) ? "" : requestedPath.replaceAll(".*/", "").toLowerCase(Locale.ROOT);
		String wanted = (typed.length() > 200) ? typed.substring(0, 200) : typed;
		return slugs.stream()
			.sorted(Comparator.comparingInt((String slug) -> slugDistance(wanted, slug)))
			.limit(limit)
			.toList();
	}

	private static int slugDistance(String typed, String slug) {
		int best = DISTANCE.apply(typed, slug);
		best = Math.min(best, DISTANCE.apply(typed, slug.substring(0, Math.min(slug.length(), typed.length()))) + 1);
		for (String word : slug.split("-")) {
			if (word.length() > 3) {
				best = Math.min(best, DISTANCE.apply(typed, word) + 1);
			}
		}
		return best;
	}

	/** {@code " (did you mean 'x'?)"} or an empty string. */
	public static String didYouMean(String wrong, Collection<String> known) {
		return closest(wrong, known).map((match) -> " (did you mean '" + match + "'?)").orElse("");
	}

}
