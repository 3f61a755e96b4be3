package org.psychodynamiclibrary.topic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TopicRepository extends Repository<Topic, Long> {

	List<Topic> findAllByOrderByPosition();

	Optional<Topic> findBySlug(String slug);

	Topic save(Topic topic);

	long count();

}
