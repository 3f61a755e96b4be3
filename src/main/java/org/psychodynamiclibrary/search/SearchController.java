package org.psychodynamiclibrary.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results page. Parameters are taken as text and made safe by {@link SearchRequest}, so no input,
 * however odd, is an error.
 */
@Controller
class SearchController {

	private final SearchEngine search;

	SearchController(SearchEngine search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("results", this.search.search(SearchRequest.of(q, topic, kind, page)));
		return "search/results";
	}

}
