package org.psychodynamiclibrary.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists that shape search, kept as data under {@code src/main/resources/search/}:
 * stop words, word families (forms the stemmer should treat as one word), British/American
 * spellings and synonyms (Solr format). Every malformed line is reported at once, as
 * {@code file:line: what is wrong}.
 */
record Vocabulary(String location, Set<String> stopWords, Map<String, String> wordFamilies,
		Map<String, String> spellings, String synonyms) {

	static final String DEFAULT_LOCATION = "search";

	static final String SYNONYMS = "synonyms.txt";

	private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*");

	Vocabulary {
		stopWords = Set.copyOf(stopWords);
		wordFamilies = Map.copyOf(wordFamilies);
		spellings = Map.copyOf(spellings);
	}

	/** The lists shipped with the application. */
	static Vocabulary standard() {
		return load(DEFAULT_LOCATION);
	}

	/** Loads the four lists from a classpath folder; fails listing every problem found. */
	static Vocabulary load(String location) {
		List<String> problems = new ArrayList<>();
		Set<String> stopWords = new LinkedHashSet<>();
		Map<String, String> families = new LinkedHashMap<>();
		Map<String, String> spellings = new LinkedHashMap<>();

		read(location + "/stopwords.txt", problems, (place, line) -> {
			if (!WORD.matcher(line).matches()) {
				problems.add(place + ": a stop word is one lower-case word, not '" + line + "'");
				return;
			}
			stopWords.add(line);
		});
		read(location + "/word-families.txt", problems, (place, line) -> {
			String[] sides = line.split("=>", -1);
			if (sides.length != 2 || !WORD.matcher(sides[1].strip()).matches()) {
				problems.add(place + ": expected 'form, form, ... => word', not '" + line + "'");
				return;
			}
			for (String form : sides[0].split(",")) {
				String word = form.strip();
				if (!WORD.matcher(word).matches()) {
					problems.add(place + ": '" + word + "' is not a single lower-case word");
				}
				else if (families.putIfAbsent(word, sides[1].strip()) != null) {
					problems.add(place + ": '" + word + "' is already in another family");
				}
			}
		});
		read(location + "/spellings.txt", problems, (place, line) -> {
			String[] sides = line.split("=>", -1);
			if (sides.length != 2 || !WORD.matcher(sides[0].strip()).matches()
					|| !WORD.matcher(sides[1].strip()).matches()) {
				problems.add(place + ": expected 'british => american', one lower-case word each side, not '"
						+ line + "'");
				return;
			}
			if (spellings.putIfAbsent(sides[0].strip(), sides[1].strip()) != null) {
				problems.add(place + ": '" + sides[0].strip() + "' is listed twice");
			}
		});
		String synonyms = text(location + "/" + SYNONYMS, problems);

		if (!problems.isEmpty()) {
			throw new IllegalStateException("Search vocabulary has problems:\n" + String.join("\n", problems));
		}
		return new Vocabulary(location, stopWords, families, spellings, synonyms);
	}

	private interface LineHandler {

		void handle(String place, String line);

	}

	private static void read(String resource, List<String> problems, LineHandler handler) {
		String text = text(resource, problems);
		if (text == null) {
			return;
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				handler.handle(resource + ":" + (i + 1), line);
			}
		}
	}

	private static String text(String resource, List<String> problems) {
		try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				problems.add(resource + ": not found on the classpath");
				return null;
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return String.join("\n", reader.lines().toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(resource, ex);
		}
	}

}
