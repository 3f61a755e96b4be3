package org.psychodynamiclibrary.article;

import java.util.Comparator;
import java.util.List;

import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.ArticleEntry;
import org.psychodynamiclibrary.model.ArticleRepository;
import org.psychodynamiclibrary.model.CitationRepository;
import org.psychodynamiclibrary.model.GlossaryTerm;
import org.psychodynamiclibrary.model.Reference;
import org.psychodynamiclibrary.model.TermUse;
import org.psychodynamiclibrary.model.TermUseRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final CitationRepository citations;

	private final TermUseRepository termUses;

	ArticleController(ArticleRepository articles, CitationRepository citations, TermUseRepository termUses) {
		this.articles = articles;
		this.citations = citations;
		this.termUses = termUses;
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
		List<ArticleEntry> inTopic = this.articles.findByTopicSlugOrderByPosition(article.getTopic().getSlug());
		int index = inTopic.stream().map(ArticleEntry::slug).toList().indexOf(slug);
		model.addAttribute("article", article);
		model.addAttribute("topic", article.getTopic());
		model.addAttribute("currentTopic", article.getTopic().getSlug());
		model.addAttribute("related", related);
		model.addAttribute("references", Reference.of(this.citations.findByArticleSlugOrderByNumberAscPositionAsc(slug)));
		model.addAttribute("terms", this.termUses.findByArticleSlugOrderByPosition(slug)
			.stream()
			.map(TermUse::getTerm)
			.distinct()
			.sorted(Comparator.comparing(GlossaryTerm::getTerm, String.CASE_INSENSITIVE_ORDER))
			.toList());
		model.addAttribute("inTopic", inTopic);
		model.addAttribute("previous", (index > 0) ? inTopic.get(index - 1) : null);
		model.addAttribute("next", (index + 1 < inTopic.size()) ? inTopic.get(index + 1) : null);
		return "articles/show";
	}

}
