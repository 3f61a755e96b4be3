package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.psychodynamiclibrary.model.Coded;
import org.psychodynamiclibrary.model.Comparison;
import org.psychodynamiclibrary.model.Finding;
import org.psychodynamiclibrary.model.Measure;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code findings:} of a source file: each result the source reports, as data. Every problem is reported
 * at its line: an unknown comparison or measure, an interval that does not contain its value, a missing locator,
 * a time point that does not read as "end of therapy" or "follow-up N months".
 */
final class FindingsReader {

	private static final Set<String> KEYS = Set.of("outcome", "condition", "population", "comparison", "measure",
			"value", "ci_low", "ci_high", "studies", "participants", "timepoint", "favours", "locator", "note");

	private static final Pattern FOLLOW_UP = Pattern.compile("follow-up (\\d+) months?");

	private final FrontMatter meta;

	private final Set<String> conditions;

	/**
	 * @param conditions the slugs a finding's condition may name (the articles), besides {@code mixed}
	 */
	FindingsReader(FrontMatter meta, Set<String> conditions) {
		this.meta = meta;
		this.conditions = conditions;
	}

	List<Finding> read() {
		Optional<Node> node = this.meta.node("findings");
		if (node.isEmpty()) {
			return List.of();
		}
		if (!(node.get() instanceof SequenceNode list)) {
			this.meta.error(this.meta.lineOf(node.get()), "'findings' must be a list of findings, each starting with '- '");
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (Node item : list.getValue()) {
			if (item instanceof MappingNode mapping) {
				finding(mapping).ifPresent(findings::add);
			}
			else {
				this.meta.error(this.meta.lineOf(item), "each finding is a set of keys (outcome, condition, comparison…)");
			}
		}
		return findings;
	}

	private Optional<Finding> finding(MappingNode mapping) {
		int first = this.meta.lineOf(mapping);
		Map<String, ScalarNode> values = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
				this.meta.error(this.meta.lineOf(tuple.getKeyNode()),
						"each key of a finding is a single word, such as outcome");
				continue;
			}
			String key = keyNode.getValue();
			if (!KEYS.contains(key)) {
				this.meta.error(this.meta.lineOf(tuple.getKeyNode()), "unknown finding key '" + key + "'"
						+ Suggestions.didYouMean(key, KEYS) + "; allowed keys: " + String.join(", ", KEYS));
			}
			else if (tuple.getValueNode() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				values.put(key, scalar);
			}
		}
		int problems = this.meta.errorCount();
		String outcome = required(values, "outcome", first);
		String condition = required(values, "condition", first);
		String population = required(values, "population", first);
		String locator = required(values, "locator", first);
		if (!condition.isEmpty() && !condition.equals(Finding.MIXED) && !this.conditions.contains(condition)) {
			this.meta.error(line(values, "condition", first), "unknown condition '" + condition + "'"
					+ Suggestions.didYouMean(condition, this.conditions)
					+ "; name the article about the condition (e.g. depression) or write 'mixed'");
		}
		Comparison comparison = choice(values, "comparison", first, Comparison.class);
		Measure measure = choice(values, "measure", first, Measure.class);
		Double value = number(values, "value", first, true);
		Double low = number(values, "ci_low", first, false);
		Double high = number(values, "ci_high", first, false);
		Integer studies = whole(values, "studies");
		Integer participants = whole(values, "participants");
		Integer months = timepoint(values, first);
		String favours = required(values, "favours", first);
		if (!favours.isEmpty() && !favours.equals("psychodynamic") && !favours.equals("comparison")) {
			this.meta.error(line(values, "favours", first), "'favours' is psychodynamic or comparison (which side a"
					+ " positive difference, or a ratio above 1, favours), not '" + favours + "'");
		}
		if ((low == null) != (high == null)) {
			this.meta.error(line(values, (low == null) ? "ci_high" : "ci_low", first),
					"give both ends of the interval, ci_low and ci_high, or neither");
		}
		if (value != null && low != null && high != null && !(low <= value && value <= high)) {
			this.meta.error(line(values, "ci_low", first), "the interval " + low + " to " + high
					+ " does not contain the value " + value + "; check the numbers against the source");
		}
		if (measure == Measure.PERCENT && value != null && (value < 0 || value > 100)) {
			this.meta.error(line(values, "value", first), "a percentage lies between 0 and 100, not " + value);
		}
		if (this.meta.errorCount() > problems || comparison == null || measure == null || value == null
				|| months == null) {
			return Optional.empty();
		}
		return Optional.of(new Finding(outcome, condition, population, comparison, measure, value, low, high, studies,
				participants, months, favours.equals("psychodynamic"), locator,
				values.containsKey("note") ? values.get("note").getValue().strip() : null));
	}

	private Integer timepoint(Map<String, ScalarNode> values, int first) {
		String text = required(values, "timepoint", first);
		if (text.isEmpty()) {
			return null;
		}
		if (text.equals("end of therapy")) {
			return 0;
		}
		Matcher followUp = FOLLOW_UP.matcher(text);
		if (followUp.matches() && Integer.parseInt(followUp.group(1)) > 0) {
			return Integer.parseInt(followUp.group(1));
		}
		this.meta.error(line(values, "timepoint", first), "timepoint '" + text + "' does not read as 'end of therapy'"
				+ " or 'follow-up N months' (N a whole number, e.g. follow-up 12 months)");
		return null;
	}

	private String required(Map<String, ScalarNode> values, String key, int first) {
		if (!values.containsKey(key)) {
			this.meta.error(first, "finding without '" + key + "'");
			return "";
		}
		return values.get(key).getValue().strip();
	}

	private <E extends Enum<E> & Coded> E choice(Map<String, ScalarNode> values, String key, int first, Class<E> type) {
		String text = required(values, key, first);
		if (text.isEmpty()) {
			return null;
		}
		Optional<E> parsed = Coded.fromCode(type, text);
		List<String> allowed = Coded.codes(type);
		if (parsed.isEmpty()) {
			this.meta.error(line(values, key, first), "unknown " + key + " '" + text + "'"
					+ Suggestions.didYouMean(text, allowed) + "; use one of: " + String.join(", ", allowed));
		}
		return parsed.orElse(null);
	}

	private Double number(Map<String, ScalarNode> values, String key, int first, boolean required) {
		if (!values.containsKey(key)) {
			if (required) {
				this.meta.error(first, "finding without '" + key + "'");
			}
			return null;
		}
		String text = values.get(key).getValue().strip();
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException ex) {
			this.meta.error(line(values, key, first), "'" + key + "' must be a number such as 0.49, not '" + text + "'");
			return null;
		}
	}

	private Integer whole(Map<String, ScalarNode> values, String key) {
		if (!values.containsKey(key)) {
			return null;
		}
		String text = values.get(key).getValue().strip().replace(",", "");
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			this.meta.error(this.meta.lineOf(values.get(key)), "'" + key + "' must be a whole number, not '" + text + "'");
			return null;
		}
	}

	private int line(Map<String, ScalarNode> values, String key, int first) {
		return values.containsKey(key) ? this.meta.lineOf(values.get(key)) : first;
	}

}
