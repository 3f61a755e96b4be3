package org.psychodynamiclibrary.model;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface CitationRepository extends Repository<Citation, Long> {

	@EntityGraph(attributePaths = { "source", "article" })
	List<Citation> findByArticleSlugOrderByNumberAscPositionAsc(String slug);

	@EntityGraph(attributePaths = "article")
	List<Citation> findBySourceKeyOrderByArticleTitleAscPositionAsc(String key);

	Citation save(Citation citation);

}
