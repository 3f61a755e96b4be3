package org.psychodynamiclibrary.source;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CitationRepository extends Repository<Citation, Long> {

	@EntityGraph(attributePaths = { "source", "article" })
	List<Citation> findByArticleSlugOrderByNumberAscPositionAsc(String slug);

	@EntityGraph(attributePaths = "article")
	List<Citation> findBySourceKeyOrderByArticleTitleAscPositionAsc(String key);

	@Query("select c.source.key as key, count(distinct c.article) as articles from Citation c group by c.source.key")
	List<CitingCount> countArticlesBySource();

	Citation save(Citation citation);

	/** How many articles cite a source. */
	interface CitingCount {

		String getKey();

		long getArticles();

	}

}
