package org.psychodynamiclibrary.topic;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TopicController {

	private final TopicRepository topics;

	private final Navigation navigation;

	TopicController(TopicRepository topics, Navigation navigation) {
		this.topics = topics;
		this.navigation = navigation;
	}

	@GetMapping("/topics")
	String index() {
		return "topics/index";
	}

	@GetMapping("/topics/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("topic", this.topics.findBySlug(slug).orElseThrow(() -> new TopicNotFoundException(slug)));
		model.addAttribute("entry", this.navigation.topic(slug).orElseThrow(() -> new TopicNotFoundException(slug)));
		return "topics/show";
	}

}
