package org.psychodynamiclibrary.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.model.Topic;
import org.psychodynamiclibrary.model.TopicRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest(properties = "library.content-dir=src/test/resources/fixture-content")
class ArticleRepositoryTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	TopicRepository topics;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void findBySlugLoadsWhatThePageNeedsInOneGo() {
		Topic topic = this.topics.save(new Topic("t", "T", "Topic.", 1, "<p>t</p>"));
		var metadata = new Article.Metadata("A", "Sum.", "t", 1, List.of("x", "y"), List.of("b"),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 25), LocalDate.of(2029, 11, 25), null, null);
		this.articles.save(new Article("a", metadata, topic, List.of(new Section("one", "One")), "<p>a</p>", new CiteThis("apa", "mla", "chicago")));
		this.entityManager.flush();
		this.entityManager.clear();

		Article article = this.articles.findBySlug("a").orElseThrow();
		this.entityManager.clear();
		assertThat(article.getTopic().getTitle()).isEqualTo("T");
		assertThat(article.getTags()).containsExactly("x", "y");
		assertThat(article.getSections()).containsExactly(new Section("one", "One"));
		assertThat(article.getRelatedSlugs()).containsExactly("b");
		assertThat(this.articles.findBySlug("missing")).isEmpty();
	}

}
