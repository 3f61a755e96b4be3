package org.psychodynamiclibrary.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the front matter of the {@code content/glossary/<slug>.md} files and checks them against each other: one
 * name (term or alias) stands for one term, {@code see_also} names entries and {@code article} an article that
 * exist, and the summary is one short sentence, because it is the preview readers see.
 */
final class GlossaryReader {

	static final int SUMMARY_WORDS = 30;

	private static final Set<String> KEYS = Set.of("term", "aliases", "summary", "see_also", "article", "auto_mark");

	private final ContentReport report;

	private final Map<String, Place> names = new HashMap<>();

	private final List<Entry> entries = new ArrayList<>();

	GlossaryReader(ContentReport report) {
		this.report = report;
	}

	/** Reads the front matter of one entry and claims its names; an entry without term or summary is left out. */
	void read(ContentFile file) {
		FrontMatter meta = file.frontMatter();
		meta.rejectUnknownKeys(KEYS);
		String term = meta.requiredString("term");
		String summary = meta.requiredString("summary");
		int words = summary.isBlank() ? 0 : summary.split("\\s+").length;
		if (words > SUMMARY_WORDS) {
			meta.error(meta.line("summary"), "summary has " + words + " words; the preview shows one plain sentence of"
					+ " at most " + SUMMARY_WORDS + " words: shorten it and say the rest in the definition");
		}
		List<String> aliases = new ArrayList<>();
		claim(file, term, meta.line("term"));
		for (Map.Entry<String, Integer> alias : listWithLines(meta, "aliases").entrySet()) {
			if (claim(file, alias.getKey(), alias.getValue())) {
				aliases.add(alias.getKey());
			}
		}
		String autoMark = meta.optionalString("auto_mark").orElse("true");
		if (!autoMark.equals("true") && !autoMark.equals("false")) {
			meta.error(meta.line("auto_mark"), "'auto_mark' is true or false, not '" + autoMark + "'");
		}
		if (term.isEmpty() || summary.isEmpty()) {
			return;
		}
		this.entries.add(new Entry(file, term, aliases, summary, listWithLines(meta, "see_also"),
				meta.optionalString("article").orElse(null), !autoMark.equals("false")));
	}

	/** Checks the references between entries and to articles, once every entry is read. */
	List<Entry> entries(Set<String> articleSlugs) {
		Set<String> slugs = new HashSet<>();
		this.entries.forEach((entry) -> slugs.add(entry.file().slug()));
		for (Entry entry : this.entries) {
			FrontMatter meta = entry.file().frontMatter();
			for (Map.Entry<String, Integer> other : entry.seeAlso().entrySet()) {
				if (!slugs.contains(other.getKey())) {
					meta.error(other.getValue(), "unknown see_also term '" + other.getKey() + "'"
							+ Suggestions.didYouMean(other.getKey(), slugs) + "; name another file in content/glossary/");
				}
			}
			if (entry.article() != null && !articleSlugs.contains(entry.article())) {
				meta.error(meta.line("article"), "unknown article '" + entry.article() + "'"
						+ Suggestions.didYouMean(entry.article(), articleSlugs));
			}
		}
		return List.copyOf(this.entries);
	}

	/** Records that a name stands for this file's term; reports it when another file already uses it. */
	private boolean claim(ContentFile file, String name, int line) {
		if (name.isBlank()) {
			return false;
		}
		String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		Place earlier = this.names.putIfAbsent(key, new Place(file.path(), line));
		if (earlier == null) {
			return true;
		}
		String where = earlier.path().equals(file.path()) ? "line " + earlier.line() + " of this file"
				: earlier.path() + ":" + earlier.line();
		this.report.error(file.path(), line, "'" + name + "' already names a glossary term (" + where
				+ "); one name may stand for one term only: remove it here or there");
		return false;
	}

	/** A list of text values with the line of each, in order. */
	private static Map<String, Integer> listWithLines(FrontMatter meta, String key) {
		Map<String, Integer> items = new LinkedHashMap<>();
		Optional<Node> node = meta.node(key);
		if (node.isEmpty()) {
			return items;
		}
		if (node.get() instanceof ScalarNode scalar) {
			items.put(scalar.getValue().strip(), meta.lineOf(scalar));
			return items;
		}
		if (!(node.get() instanceof SequenceNode sequence)) {
			meta.error(meta.lineOf(node.get()), "'" + key + "' must be a list, e.g. " + key + ": [first, second]");
			return items;
		}
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				items.putIfAbsent(scalar.getValue().strip(), meta.lineOf(item));
			}
			else {
				meta.error(meta.lineOf(item), "each item of '" + key + "' must be a single line of text");
			}
		}
		return items;
	}

	/** Where a name was first given. */
	private record Place(Path path, int line) {
	}

	/** The front matter of one glossary file. */
	record Entry(ContentFile file, String term, List<String> aliases, String summary, Map<String, Integer> seeAlso,
			String article, boolean autoMark) {

		String slug() {
			return this.file.slug();
		}

		Glossary.Entry names() {
			List<String> names = new ArrayList<>(List.of(this.term));
			names.addAll(this.aliases);
			return new Glossary.Entry(slug(), names, this.autoMark);
		}

	}

}
