package org.psychodynamiclibrary.model;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TopicRepository extends Repository<Topic, Long> {

	Optional<Topic> findBySlug(String slug);

	Topic save(Topic topic);

}
