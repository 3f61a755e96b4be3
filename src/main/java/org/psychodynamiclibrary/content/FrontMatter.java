package org.psychodynamiclibrary.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML front matter of one file, read as a node tree so every value keeps its line number. Each typed
 * getter reports a precise problem (file, line, fix) instead of throwing, so one pass finds every mistake.
 */
public final class FrontMatter {

	private final Path path;

	private final int firstLine;

	private final Map<String, Node> values = new LinkedHashMap<>();

	private final ContentReport report;

	FrontMatter(Path path, MappingNode root, int firstLine, ContentReport report) {
		this.path = path;
		this.firstLine = firstLine;
		this.report = report;
		for (NodeTuple tuple : root.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				this.values.put(key.getValue(), tuple.getValueNode());
			}
		}
	}

	public Path path() {
		return this.path;
	}

	/** The line of a key in the file, or the opening {@code ---} line when the key is absent. */
	public int line(String key) {
		Node node = this.values.get(key);
		return (node != null) ? lineOf(node) : this.firstLine - 1;
	}

	public int lineOf(Node node) {
		return this.firstLine + node.getStartMark().getLine();
	}

	public void rejectUnknownKeys(Set<String> allowed) {
		for (Map.Entry<String, Node> entry : this.values.entrySet()) {
			if (!allowed.contains(entry.getKey())) {
				error(lineOf(entry.getValue()), "unknown key '" + entry.getKey() + "'"
						+ Suggestions.didYouMean(entry.getKey(), allowed) + "; allowed keys: " + String.join(", ", allowed));
			}
		}
	}

	public Optional<String> optionalString(String key) {
		Node node = this.values.get(key);
		if (node == null || isNull(node)) {
			return Optional.empty();
		}
		if (!(node instanceof ScalarNode scalar)) {
			error(lineOf(node), "'" + key + "' must be a single line of text");
			return Optional.empty();
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty()) {
			error(lineOf(node), "'" + key + "' is empty; give it a value or remove the line");
			return Optional.empty();
		}
		return Optional.of(value);
	}

	public String requiredString(String key) {
		if (!this.values.containsKey(key)) {
			missing(key);
			return "";
		}
		return optionalString(key).orElse("");
	}

	public int requiredInteger(String key) {
		String text = requiredString(key);
		if (text.isEmpty()) {
			return 0;
		}
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			error(line(key), "'" + key + "' must be a whole number, not '" + text + "'");
			return 0;
		}
	}

	public Optional<LocalDate> optionalDate(String key) {
		return optionalString(key).flatMap((text) -> parseDate(key, text));
	}

	public Optional<LocalDate> requiredDate(String key) {
		if (!this.values.containsKey(key)) {
			missing(key);
			return Optional.empty();
		}
		return optionalDate(key);
	}

	private Optional<LocalDate> parseDate(String key, String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			error(line(key), "'" + key + "' must be an ISO date like 2026-11-25, not '" + text + "'");
			return Optional.empty();
		}
	}

	/** A list of text values; a single value is accepted as a list of one. */
	public List<String> stringList(String key) {
		Node node = this.values.get(key);
		if (node == null || isNull(node)) {
			return List.of();
		}
		if (node instanceof ScalarNode scalar) {
			return List.of(scalar.getValue().strip());
		}
		if (!(node instanceof SequenceNode sequence)) {
			error(lineOf(node), "'" + key + "' must be a list, e.g. " + key + ": [first, second]");
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				items.add(scalar.getValue().strip());
			}
			else {
				error(lineOf(item), "each item of '" + key + "' must be a single line of text");
			}
		}
		return items;
	}

	/** The raw node of a structured value (such as a list of authors), for readers that need more than text. */
	public Optional<Node> node(String key) {
		return Optional.ofNullable(this.values.get(key)).filter((node) -> !isNull(node));
	}

	public boolean has(String key) {
		return node(key).isPresent();
	}

	/** How many errors the whole report holds so far, to tell whether reading a part found any. */
	int errorCount() {
		return this.report.errorCount();
	}

	public void error(int line, String message) {
		this.report.error(this.path, line, message);
	}

	private void missing(String key) {
		error(this.firstLine - 1, "missing required key '" + key + "' in the front matter");
	}

	private static boolean isNull(Node node) {
		return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
	}

}
