package org.psychodynamiclibrary.topic;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.psychodynamiclibrary.content.Library;
import org.psychodynamiclibrary.content.LibraryLoaded;
import org.psychodynamiclibrary.content.Suggestions;
import org.psychodynamiclibrary.model.ArticleEntry;
import org.psychodynamiclibrary.model.Topic;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The topic tree in reading order, shown on every page: small data derived from the library once it is loaded,
 * kept in memory so that no page queries the database for its menu. Pages read everything else from the
 * database.
 */
@Component
public class Navigation {

	private volatile List<TopicEntry> topics = List.of();

	@EventListener
	void onLibraryLoaded(LibraryLoaded event) {
		Library library = event.library();
		this.topics = library.topics()
			.stream()
			.sorted(Comparator.comparingInt(Library.Topic::position))
			.map((topic) -> new TopicEntry(topic.slug(), topic.title(), topic.summary(), library.articles()
				.stream()
				.filter((article) -> article.topicSlug().equals(topic.slug()))
				.sorted(Comparator.comparingInt((Library.Article article) -> article.metadata().order()))
				.map((article) -> new ArticleEntry(article.slug(), article.metadata().title(),
						article.metadata().summary()))
				.toList()))
			.toList();
	}

	public List<TopicEntry> topics() {
		return this.topics;
	}

	public Optional<TopicEntry> topic(String slug) {
		return this.topics.stream().filter((topic) -> topic.slug().equals(slug)).findFirst();
	}

	public List<ArticleEntry> articles() {
		return this.topics.stream().flatMap((topic) -> topic.articles().stream()).toList();
	}

	public Optional<ArticleEntry> previous(String articleSlug) {
		return neighbour(articleSlug, -1);
	}

	public Optional<ArticleEntry> next(String articleSlug) {
		return neighbour(articleSlug, 1);
	}

	private Optional<ArticleEntry> neighbour(String articleSlug, int step) {
		for (TopicEntry topic : this.topics) {
			List<ArticleEntry> list = topic.articles();
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i).slug().equals(articleSlug)) {
					int target = i + step;
					return (target >= 0 && target < list.size()) ? Optional.of(list.get(target)) : Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/** The articles whose slug is closest to the last part of a mistaken address. */
	public List<ArticleEntry> closestTo(String requestedPath) {
		Map<String, ArticleEntry> bySlug = articles().stream()
			.collect(Collectors.toMap(ArticleEntry::slug, Function.identity()));
		return Suggestions.nearestToPath(requestedPath, articles().stream().map(ArticleEntry::slug).toList(), 3)
			.stream()
			.map(bySlug::get)
			.toList();
	}

	/** A topic and its articles in reading order. */
	public record TopicEntry(String slug, String title, String summary, List<ArticleEntry> articles) {

		public String url() {
			return Topic.url(this.slug);
		}

	}

}
