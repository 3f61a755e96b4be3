package org.psychodynamiclibrary.article;

import java.util.Comparator;
import java.util.List;

import org.psychodynamiclibrary.source.CitationRepository;
import org.psychodynamiclibrary.source.Reference;
import org.psychodynamiclibrary.topic.Navigation;
import org.psychodynamiclibrary.topic.Navigation.TopicEntry;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final CitationRepository citations;

	private final Navigation navigation;

	ArticleController(ArticleRepository articles, CitationRepository citations, Navigation navigation) {
		this.articles = articles;
		this.citations = citations;
		this.navigation = navigation;
	}

	@GetMapping("/articles/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		Article article = this.articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
		List<String> relatedOrder = article.getRelatedSlugs();
		List<Article> related = this.articles.findBySlugIn(relatedOrder)
			.stream()
			.sorted(Comparator.comparingInt((Article other) -> relatedOrder.indexOf(other.getSlug())))
			.toList();
		model.addAttribute("article", article);
		model.addAttribute("topic", article.getTopic());
		model.addAttribute("currentTopic", article.getTopic().getSlug());
		model.addAttribute("related", related);
		model.addAttribute("references", Reference.of(this.citations.findByArticleSlugOrderByNumberAscPositionAsc(slug)));
		model.addAttribute("inTopic", this.navigation.topic(article.getTopic().getSlug())
			.map(TopicEntry::articles)
			.orElse(List.of()));
		model.addAttribute("previous", this.navigation.previous(slug).orElse(null));
		model.addAttribute("next", this.navigation.next(slug).orElse(null));
		return "articles/show";
	}

}
