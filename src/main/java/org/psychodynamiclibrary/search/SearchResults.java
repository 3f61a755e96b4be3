package org.psychodynamiclibrary.search;

import java.util.ArrayList;
import java.util.List;

import org.psychodynamiclibrary.search.SearchDocument.Kind;

/**
 * One page of results. {@code kinds} are counted with the topic filter applied and {@code topics} with the
 * kind filter applied, so each count says how many results choosing it would give. {@code partial} means no
 * page had all the words, and these pages have some of them. {@code suggestion} is a corrected spelling,
 * offered when the words as typed found nothing, or null.
 */
public record SearchResults(SearchRequest request, int total, int page, int pageSize, List<SearchHit> hits,
		List<KindCount> kinds, List<TopicCount> topics, String suggestion, boolean partial) {

	public SearchResults {
		hits = List.copyOf(hits);
		kinds = List.copyOf(kinds);
		topics = List.copyOf(topics);
	}

	static SearchResults none(SearchRequest request, int pageSize) {
		return new SearchResults(request, 0, 1, pageSize, List.of(), List.of(), List.of(), null, false);
	}

	public int pageCount() {
		return (this.total + this.pageSize - 1) / this.pageSize;
	}

	/** The results page for the suggested spelling, or null. */
	public String suggestionUrl() {
		return (this.suggestion != null) ? SearchRequest.of(this.suggestion).url() : null;
	}

	/** The title of the topic the results are filtered by, or its slug if it has no results, or null. */
	public String topicTitle() {
		return this.topics.stream()
			.filter((count) -> count.slug().equals(this.request.topic()))
			.map(TopicCount::title)
			.findFirst()
			.orElse(this.request.topic());
	}

	/** The number of the first hit on this page, counting from 1. */
	public int firstNumber() {
		return (this.page - 1) * this.pageSize + 1;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pageCount();
	}

	/** The filters beside the results: by kind, then by topic, each only when it has something to choose. */
	public List<Filter> filters() {
		List<Filter> filters = new ArrayList<>();
		if (!this.kinds.isEmpty()) {
			filters.add(new Filter("Show", new Option("All kinds", 0, this.request.withKind(null).url(),
					this.request.kind() == null),
					this.kinds.stream()
						.map((count) -> new Option(count.kind().plural(), count.count(),
								this.request.withKind(count.kind()).url(), this.request.kind() == count.kind()))
						.toList()));
		}
		if (!this.topics.isEmpty()) {
			filters.add(new Filter("Topic", new Option("All topics", 0, this.request.withTopic(null).url(),
					this.request.topic() == null),
					this.topics.stream()
						.map((count) -> new Option(count.title(), count.count(), this.request.withTopic(count.slug()).url(),
								count.slug().equals(this.request.topic())))
						.toList()));
		}
		return filters;
	}

	/** A group of filter links: {@code all} removes the filter (its count is not shown), then one per choice. */
	public record Filter(String title, Option all, List<Option> options) {
	}

	/** A filter link; {@code current} when the results are filtered this way. */
	public record Option(String label, int count, String url, boolean current) {
	}

	public record KindCount(Kind kind, int count) {
	}

	public record TopicCount(String slug, String title, int count) {
	}

}
