package org.psychodynamiclibrary.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	@EntityGraph(attributePaths = { "authors", "editors", "translators", "findings" })
	Optional<Source> findByKey(String key);

	/** The sources that report findings as data, with them. */
	@EntityGraph(attributePaths = { "authors", "findings" })
	List<Source> findDistinctByFindingsIsNotEmpty();

	@EntityGraph(attributePaths = { "authors", "editors", "translators" })
	List<Source> findAll();

	Source save(Source source);

}
