package org.psychodynamiclibrary.topic;

import org.psychodynamiclibrary.model.ArticleRepository;
import org.psychodynamiclibrary.model.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TopicController {

	private final TopicRepository topics;

	private final ArticleRepository articles;

	TopicController(TopicRepository topics, ArticleRepository articles) {
		this.topics = topics;
		this.articles = articles;
	}

	@GetMapping("/topics")
	String index() {
		return "topics/index";
	}

	@GetMapping("/topics/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("topic", this.topics.findBySlug(slug).orElseThrow(() -> new TopicNotFoundException(slug)));
		model.addAttribute("articles", this.articles.findByTopicSlugOrderByPosition(slug));
		return "topics/show";
	}

}
