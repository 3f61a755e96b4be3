package org.psychodynamiclibrary.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	@EntityGraph(attributePaths = { "authors", "editors", "translators" })
	Optional<Source> findByKey(String key);

	@EntityGraph(attributePaths = { "authors", "editors", "translators" })
	List<Source> findAll();

	Source save(Source source);

}
