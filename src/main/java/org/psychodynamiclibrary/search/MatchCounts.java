package org.psychodynamiclibrary.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.psychodynamiclibrary.search.SearchDocument.Kind;
import org.psychodynamiclibrary.search.SearchResults.KindCount;
import org.psychodynamiclibrary.search.SearchResults.TopicCount;

/**
 * The matches of a search, before filtering, counted by kind and by topic. Each count applies the other
 * filter, so it says how many results choosing it would give.
 *
 * @param matched the ordinals of the matching pages
 * @param entries every page, by ordinal
 * @param topicOrder topic slugs in the order their counts are listed
 */
record MatchCounts(BitSet matched, IndexEntry[] entries, List<String> topicOrder) {

	boolean isEmpty() {
		return this.matched.isEmpty();
	}

	int total(Kind kind, String topic) {
		return (int) matches().filter((entry) -> entry.in(kind, topic)).count();
	}

	List<KindCount> kinds(String topic) {
		List<KindCount> counts = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			int count = total(kind, topic);
			if (count > 0) {
				counts.add(new KindCount(kind, count));
			}
		}
		return counts;
	}

	List<TopicCount> topics(Kind kind) {
		Map<String, TopicCount> counts = new LinkedHashMap<>();
		matches().filter((entry) -> entry.topicSlug() != null && entry.in(kind, null))
			.forEach((entry) -> counts.merge(entry.topicSlug(), new TopicCount(entry.topicSlug(), entry.topicTitle(), 1),
					(a, b) -> new TopicCount(a.slug(), a.title(), a.count() + 1)));
		return counts.values()
			.stream()
			.sorted(Comparator.comparingInt((TopicCount count) -> this.topicOrder.indexOf(count.slug())))
			.toList();
	}

	private Stream<IndexEntry> matches() {
		return this.matched.stream().mapToObj((ordinal) -> this.entries[ordinal]);
	}

}
