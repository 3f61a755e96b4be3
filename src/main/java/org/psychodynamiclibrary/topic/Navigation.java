package org.psychodynamiclibrary.topic;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.psychodynamiclibrary.article.Article;
import org.psychodynamiclibrary.content.ContentLoadedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The topic tree shown on every page, built once when the content is loaded.
 * Every page gets it through the layout attributes.
 */
@Component
public class Navigation {

	private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

	private volatile List<TopicEntry> topics = List.of();

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		List<Article> articles = event.content().articles();
		this.topics = event.content()
			.topics()
			.stream()
			.sorted(Comparator.comparingInt(Topic::getPosition))
			.map((topic) -> new TopicEntry(topic.getSlug(), topic.getTitle(), topic.getSummary(),
					articles.stream()
						.filter((article) -> article.getTopic() == topic)
						.sorted(Comparator.comparingInt(Article::getPosition))
						.map((article) -> new ArticleEntry(article.getSlug(), article.getTitle(), article.getSummary(),
								topic.getSlug()))
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

	/** The articles whose slug or title is closest to what was typed in a mistaken address. */
	public List<ArticleEntry> closestTo(String requestedPath) {
		String wanted = (requestedPath == null) ? "" : requestedPath.replaceAll(".*/", "").toLowerCase();
		if (wanted.length() > 200) {
			wanted = wanted.substring(0, 200);
		}
		String query = wanted;
		return articles().stream()
			.sorted(Comparator.comparingInt((ArticleEntry article) -> distance(query, article)))
			.limit(3)
			.toList();
	}

	/** How far a mistyped word is from an article: its whole slug, the start of the slug, or any one word. */
	private static int distance(String query, ArticleEntry article) {
		String slug = article.slug();
		int best = DISTANCE.apply(query, slug);
		best = Math.min(best, DISTANCE.apply(query, slug.substring(0, Math.min(slug.length(), query.length()))) + 1);
		for (String word : slug.split("-")) {
			if (word.length() > 3) {
				best = Math.min(best, DISTANCE.apply(query, word) + 1);
			}
		}
		return best;
	}

	/** A topic and its articles in reading order. */
	public record TopicEntry(String slug, String title, String summary, List<ArticleEntry> articles) {

		public String url() {
			return "/topics/" + this.slug;
		}

	}

	/** An article as listed in navigation. */
	public record ArticleEntry(String slug, String title, String summary, String topicSlug) {

		public String url() {
			return "/articles/" + this.slug;
		}

	}

}
