package org.psychodynamiclibrary.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.psychodynamiclibrary.model.Source;

/**
 * The whole bibliography as the sources page shows it: grouped by the first letter of the first author, or
 * by kind of evidence, each entry with how many articles cite it.
 */
record Bibliography(List<Group> groups) {

	private static final Comparator<Source> BY_AUTHOR = Comparator
		.comparing((Source source) -> source.getSortName().toLowerCase(Locale.ROOT))
		.thenComparing(Source::getKey);

	static Bibliography byAuthor(List<Source> sources) {
		List<Source> sorted = sources.stream().sorted(BY_AUTHOR).toList();
		return grouped(sorted, (source) -> source.getSortName().substring(0, 1).toUpperCase(Locale.ROOT));
	}

	static Bibliography byEvidence(List<Source> sources) {
		List<Source> sorted = sources.stream()
			.sorted(Comparator.comparing(Source::getEvidence).thenComparing(BY_AUTHOR))
			.toList();
		return grouped(sorted, (source) -> source.getEvidence().label());
	}

	/** Groups sources that are already in reading order. */
	private static Bibliography grouped(List<Source> sorted, Function<Source, String> heading) {
		Map<String, List<Entry>> groups = new LinkedHashMap<>();
		for (Source source : sorted) {
			groups.computeIfAbsent(heading.apply(source), (key) -> new ArrayList<>())
				.add(new Entry(source, source.getArticleCount()));
		}
		return new Bibliography(groups.entrySet().stream().map((group) -> new Group(group.getKey(), group.getValue())).toList());
	}

	/** A heading of the bibliography and its entries. */
	record Group(String heading, List<Entry> entries) {

		public String id() {
			return "group-" + this.heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		}

	}

	/** A source and the number of articles that cite it. */
	record Entry(Source source, long articles) {
	}

}
