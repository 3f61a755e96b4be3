package org.psychodynamiclibrary.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.psychodynamiclibrary.topic.Topic;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ArticleRepository extends Repository<Article, Long> {

	@EntityGraph(attributePaths = { "topic", "tags", "relatedSlugs", "sections" })
	Optional<Article> findBySlug(String slug);

	@EntityGraph(attributePaths = "topic")
	List<Article> findAllByOrderByTopicPositionAscPositionAsc();

	List<Article> findByTopicOrderByPosition(Topic topic);

	List<Article> findBySlugIn(Collection<String> slugs);

	Article save(Article article);

	long count();

}
