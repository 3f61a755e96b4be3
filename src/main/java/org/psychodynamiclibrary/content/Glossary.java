package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a glossary term goes by (the term and its aliases), for finding terms in an article's text. A name
 * matches as whole words in any case, and also with a plural ending ("defence mechanism" finds "defence
 * mechanisms"); where names overlap, the longest wins.
 */
final class Glossary {

	static final Glossary EMPTY = new Glossary(List.of());

	private final Map<String, String> slugByName = new HashMap<>();

	private final Pattern names;

	/**
	 * @param entries every term's slug and names; entries with {@code autoMark} false are found only when an
	 * author marks them with {@code [[…]]}
	 */
	Glossary(List<Entry> entries) {
		List<String> automatic = new ArrayList<>();
		for (Entry entry : entries) {
			for (String name : entry.names()) {
				this.slugByName.put(key(name), entry.slug());
				if (entry.autoMark()) {
					automatic.add(name);
				}
			}
		}
		String alternatives = automatic.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map((name) -> Pattern.quote(name).replace(" ", "\\E\\s+\\Q"))
			.reduce((a, b) -> a + "|" + b)
			.orElse(null);
		this.names = (alternatives == null) ? null : Pattern.compile(
				"(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:s|es)?(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The term a name stands for: the name as written, or without a plural ending. */
	Optional<String> slugFor(String name) {
		String key = key(name);
		for (String candidate : List.of(key, key.replaceAll("s$", ""), key.replaceAll("es$", ""))) {
			if (this.slugByName.containsKey(candidate)) {
				return Optional.of(this.slugByName.get(candidate));
			}
		}
		return Optional.empty();
	}

	/** Every name a term goes by, for "did you mean". */
	List<String> names() {
		return List.copyOf(this.slugByName.keySet());
	}

	/** The automatically marked terms found in a run of text, in order, without overlaps. */
	List<Found> find(CharSequence text) {
		if (this.names == null) {
			return List.of();
		}
		List<Found> found = new ArrayList<>();
		Matcher matcher = this.names.matcher(text);
		while (matcher.find()) {
			slugFor(matcher.group()).ifPresent((slug) -> found.add(new Found(slug, matcher.start(), matcher.end())));
		}
		return found;
	}

	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** A term's slug, its names, and whether it is marked without being asked. */
	record Entry(String slug, List<String> names, boolean autoMark) {
	}

	/** A term found at {@code [start, end)} of a text. */
	record Found(String slug, int start, int end) {
	}

}
