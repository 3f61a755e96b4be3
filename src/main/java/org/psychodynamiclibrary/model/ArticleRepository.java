package org.psychodynamiclibrary.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ArticleRepository extends Repository<Article, Long> {

	@EntityGraph(attributePaths = { "topic", "tags", "relatedSlugs", "sections" })
	Optional<Article> findBySlug(String slug);

	List<Article> findBySlugIn(Collection<String> slugs);

	/** A topic's articles in reading order, as listed on its page. */
	List<ArticleEntry> findByTopicSlugOrderByPosition(String topicSlug);

	Article save(Article article);

}
