package org.psychodynamiclibrary.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * One entry of the reference list of an article or glossary entry: the number, the source, and every marker
 * that cites it.
 */
public record Reference(int number, Source source, List<Citation> citations) {

	/** Groups the citations of a page, sorted by number and position, into its reference list. */
	public static List<Reference> of(List<Citation> citations) {
		Map<Integer, List<Citation>> byNumber = new LinkedHashMap<>();
		for (Citation citation : citations) {
			byNumber.computeIfAbsent(citation.getNumber(), (number) -> new ArrayList<>()).add(citation);
		}
		return byNumber.values()
			.stream()
			.map((uses) -> new Reference(uses.get(0).getNumber(), uses.get(0).getSource(), List.copyOf(uses)))
			.toList();
	}

	public String id() {
		return "ref-" + this.number;
	}

}
