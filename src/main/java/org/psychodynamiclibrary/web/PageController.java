package org.psychodynamiclibrary.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages written as templates rather than content: home, urgent help, and about.
 */
@Controller
class PageController {

	@GetMapping("/")
	String home() {
		return "pages/home";
	}

	@GetMapping("/help")
	String help() {
		return "pages/help";
	}

	@GetMapping("/about")
	String about() {
		return "pages/about";
	}

}
