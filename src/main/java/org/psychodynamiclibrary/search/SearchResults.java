package org.psychodynamiclibrary.search;

import java.util.List;

import org.psychodynamiclibrary.search.SearchDocument.Kind;

/**
 * One page of results. {@code kinds} are counted with the topic filter applied and {@code topics} with the
 * kind filter applied, so each count says how many results choosing it would give. {@code partial} means no
 * page had all the words, and these pages have some of them. {@code suggestion} is a corrected spelling,
 * offered when the words as typed found nothing, or null.
 */
public record SearchResults(SearchRequest request, int total, int page, int pageCount, List<SearchHit> hits,
		List<KindCount> kinds, List<TopicCount> topics, String suggestion, boolean partial) {

	public SearchResults {
		hits = List.copyOf(hits);
		kinds = List.copyOf(kinds);
		topics = List.copyOf(topics);
	}

	static SearchResults none(SearchRequest request, String suggestion) {
		return new SearchResults(request, 0, 1, 0, List.of(), List.of(), List.of(), suggestion, false);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pageCount;
	}

	public record KindCount(Kind kind, int count) {
	}

	public record TopicCount(String slug, String title, int count) {
	}

}
