package org.psychodynamiclibrary.model;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface TermUseRepository extends Repository<TermUse, Long> {

	@EntityGraph(attributePaths = "article")
	List<TermUse> findByTermSlugOrderByArticleTitleAscPositionAsc(String slug);

	@EntityGraph(attributePaths = "term")
	List<TermUse> findByArticleSlugOrderByPosition(String slug);

	TermUse save(TermUse use);

}
