package org.psychodynamiclibrary.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	@EntityGraph(attributePaths = { "authors", "editors" })
	Optional<Source> findByKey(String key);

	@EntityGraph(attributePaths = { "authors", "editors" })
	List<Source> findAll();

	Source save(Source source);

	long count();

}
