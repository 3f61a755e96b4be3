package org.psychodynamiclibrary.model;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface CitationRepository extends Repository<Citation, Long> {

	@EntityGraph(attributePaths = { "source", "article" })
	List<Citation> findByArticleSlugOrderByNumberAscPositionAsc(String slug);

	@EntityGraph(attributePaths = { "source", "term" })
	List<Citation> findByTermSlugOrderByNumberAscPositionAsc(String slug);

	/** Every use of a source, by articles and glossary entries, in reading order within each. */
	@EntityGraph(attributePaths = { "article", "term" })
	List<Citation> findBySourceKeyOrderByPosition(String key);

	Citation save(Citation citation);

}
