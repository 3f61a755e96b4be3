package org.psychodynamiclibrary.content;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.psychodynamiclibrary.model.Coded;
import org.psychodynamiclibrary.model.Evidence;
import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceType;
import org.psychodynamiclibrary.model.Verification;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the front matter of one {@code content/sources/<key>.md} file into typed source fields, reporting
 * every problem at its line: missing fields for the type, bad identifiers and dates, unknown values.
 */
final class SourceReader {

	static final Set<String> KEYS = Set.of("type", "authors", "title", "container", "editors", "translators", "publisher", "place",
			"issued", "volume", "issue", "pages", "edition", "doi", "pmid", "pmcid", "isbn", "url", "accessed",
			"evidence", "verification", "findings");

	private SourceReader() {
	}

	/** The fields of a source, or empty when they are too broken to use. */
	static Optional<Source.Metadata> read(ContentFile file) {
		FrontMatter meta = file.frontMatter();
		meta.rejectUnknownKeys(KEYS);
		Optional<SourceType> type = choice(meta, "type", SourceType.class);
		Optional<Evidence> evidence = choice(meta, "evidence", Evidence.class);
		List<Person> authors = people(meta, "authors");
		if (!meta.has("authors")) {
			meta.error(meta.line("type"), "missing 'authors': list persons as '- family: …' and 'given: …',"
					+ " or an organisation as '- literal: …'");
		}
		List<Person> editors = people(meta, "editors");
		List<Person> translators = people(meta, "translators");
		String title = meta.requiredString("title");
		String issued = issued(meta);
		LocalDate accessed = meta.optionalDate("accessed").orElse(null);
		String edition = text(meta, "edition");
		if (edition != null && !edition.matches("\\d+")) {
			meta.error(meta.line("edition"), "'edition' is the number only, e.g. \"2\" for a second edition, not '"
					+ edition + "'");
		}
		String doi = checked(meta, "doi", Identifiers::doi);
		String pmid = checked(meta, "pmid", Identifiers::pmid);
		String pmcid = checked(meta, "pmcid", Identifiers::pmcid);
		String isbn = checked(meta, "isbn", Identifiers::isbn);
		String url = checked(meta, "url", Identifiers::url);
		type.ifPresent((kind) -> requireForType(meta, kind, issued));
		if (type.isEmpty() || evidence.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Source.Metadata(file.slug(), type.get(), authors, editors, translators, title,
				text(meta, "container"), text(meta, "publisher"), text(meta, "place"), issued, text(meta, "volume"),
				text(meta, "issue"), text(meta, "pages"), edition, doi, pmid, pmcid, isbn, url, accessed,
				evidence.get()));
	}

	/** How well the source was checked, when its file says. */
	static Optional<Verification> verification(ContentFile file) {
		FrontMatter meta = file.frontMatter();
		if (!meta.has("verification")) {
			return Optional.empty();
		}
		return choice(meta, "verification", Verification.class);
	}

	private static void requireForType(FrontMatter meta, SourceType type, String issued) {
		String kind = "a " + type.code();
		for (String field : type.requiredFields()) {
			if (!meta.has(field)) {
				meta.error(meta.line("type"), kind + " needs '" + field + "'");
			}
		}
		if (type == SourceType.JOURNAL_ARTICLE && !meta.has("volume") && !meta.has("issue")) {
			meta.error(meta.line("type"), kind + " needs 'volume' (or 'issue' for a journal without volumes)");
		}
		if (type.needsDate() && issued == null && !meta.has("issued")) {
			meta.error(meta.line("type"), kind + " needs 'issued': the year (2010) or the full date (2024-09-02)");
		}
	}

	private static <E extends Enum<E> & Coded> Optional<E> choice(FrontMatter meta, String key, Class<E> type) {
		String value = meta.requiredString(key);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		Optional<E> parsed = Coded.fromCode(type, value);
		if (parsed.isEmpty()) {
			List<String> allowed = Coded.codes(type);
			meta.error(meta.line(key), "unknown " + key + " '" + value + "'" + Suggestions.didYouMean(value, allowed)
					+ "; use one of: " + String.join(", ", allowed));
		}
		return parsed;
	}

	private static String issued(FrontMatter meta) {
		String issued = text(meta, "issued");
		if (issued == null) {
			return null;
		}
		try {
			if (issued.matches("\\d{4}")) {
				int year = Integer.parseInt(issued);
				if (year >= 1500 && year <= Year.now().getValue() + 1) {
					return issued;
				}
			}
			else if (issued.matches("\\d{4}-\\d{2}-\\d{2}")) {
				LocalDate.parse(issued);
				return issued;
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		meta.error(meta.line("issued"), "bad date 'issued: " + issued + "': write the year (2010) or an ISO date"
				+ " (2024-09-02)");
		return null;
	}

	private static String checked(FrontMatter meta, String key, Function<String, Optional<String>> check) {
		String value = text(meta, key);
		if (value == null) {
			return null;
		}
		Optional<String> problem = check.apply(value);
		problem.ifPresent((message) -> meta.error(meta.line(key), message));
		return problem.isPresent() ? null : value;
	}

	private static String text(FrontMatter meta, String key) {
		return meta.optionalString(key).orElse(null);
	}

	private static List<Person> people(FrontMatter meta, String key) {
		Optional<Node> node = meta.node(key);
		if (node.isEmpty()) {
			return List.of();
		}
		if (!(node.get() instanceof SequenceNode sequence)) {
			meta.error(meta.lineOf(node.get()), "'" + key + "' must be a list of '- family: …' / 'given: …'"
					+ " or '- literal: …' entries");
			return List.of();
		}
		List<Person> people = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			person(meta, key, item).ifPresent(people::add);
		}
		return people;
	}

	private static Optional<Person> person(FrontMatter meta, String key, Node item) {
		String family = null;
		String given = null;
		String literal = null;
		if (item instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				String field = ((ScalarNode) tuple.getKeyNode()).getValue();
				String value = (tuple.getValueNode() instanceof ScalarNode scalar) ? scalar.getValue().strip() : null;
				switch (field) {
					case "family" -> family = value;
					case "given" -> given = value;
					case "literal" -> literal = value;
					default -> meta.error(meta.lineOf(tuple.getKeyNode()), "unknown name part '" + field + "' in '"
							+ key + "'; use family and given, or literal");
				}
			}
		}
		if (literal != null && !literal.isEmpty() && family == null && given == null) {
			return Optional.of(Person.organisation(literal));
		}
		if (family != null && !family.isEmpty() && given != null && !given.isEmpty() && literal == null) {
			return Optional.of(Person.named(family, given));
		}
		meta.error(meta.lineOf(item), "each entry of '" + key + "' needs 'family' and 'given' for a person,"
				+ " or only 'literal' for an organisation");
		return Optional.empty();
	}

}
