package org.psychodynamiclibrary.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface GlossaryTermRepository extends Repository<GlossaryTerm, Long> {

	@EntityGraph(attributePaths = { "aliases", "seeAlso" })
	Optional<GlossaryTerm> findBySlug(String slug);

	List<GlossaryTerm> findAllByOrderByTermAsc();

	List<GlossaryTerm> findBySlugInOrderByTermAsc(Collection<String> slugs);

	GlossaryTerm save(GlossaryTerm term);

}
