package org.psychodynamiclibrary.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.ArticleRepository;
import org.psychodynamiclibrary.model.CitationRepository;
import org.psychodynamiclibrary.model.GlossaryTerm;
import org.psychodynamiclibrary.model.GlossaryTermRepository;
import org.psychodynamiclibrary.model.Reference;
import org.psychodynamiclibrary.model.TermUse;
import org.psychodynamiclibrary.model.TermUseRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GlossaryController {

	private final GlossaryTermRepository terms;

	private final TermUseRepository uses;

	private final CitationRepository citations;

	private final ArticleRepository articles;

	GlossaryController(GlossaryTermRepository terms, TermUseRepository uses, CitationRepository citations,
			ArticleRepository articles) {
		this.terms = terms;
		this.uses = uses;
		this.citations = citations;
		this.articles = articles;
	}

	@GetMapping("/glossary")
	String index(Model model) {
		Map<String, List<GlossaryTerm>> byLetter = new LinkedHashMap<>();
		for (GlossaryTerm term : this.terms.findAllByOrderByTermAsc()) {
			byLetter.computeIfAbsent(term.getTerm().substring(0, 1).toUpperCase(Locale.ROOT), (letter) -> new ArrayList<>())
				.add(term);
		}
		model.addAttribute("letters", byLetter);
		return "glossary/index";
	}

	@GetMapping("/glossary/{slug}")
	@Transactional(readOnly = true)
	String show(@PathVariable String slug, Model model) {
		GlossaryTerm term = this.terms.findBySlug(slug).orElseThrow(() -> new TermNotFoundException(slug));
		model.addAttribute("term", term);
		model.addAttribute("references", Reference.of(this.citations.findByTermSlugOrderByNumberAscPositionAsc(slug)));
		model.addAttribute("seeAlso", this.terms.findBySlugInOrderByTermAsc(term.getSeeAlso()));
		model.addAttribute("article", (term.getArticleSlug() != null)
				? this.articles.findBySlug(term.getArticleSlug()).map(Article::entry).orElse(null) : null);
		model.addAttribute("usedIn", usedIn(this.uses.findByTermSlugOrderByArticleTitleAscPositionAsc(slug)));
		return "glossary/show";
	}

	private static List<UsedIn> usedIn(List<TermUse> uses) {
		Map<Article, List<TermUse>> byArticle = new LinkedHashMap<>();
		uses.forEach((use) -> byArticle.computeIfAbsent(use.getArticle(), (article) -> new ArrayList<>()).add(use));
		return byArticle.entrySet()
			.stream()
			.map((entry) -> new UsedIn(entry.getKey().getTitle(), entry.getKey().getUrl(), entry.getValue()))
			.toList();
	}

	/** An article that uses the term, with each section where it is marked. */
	record UsedIn(String title, String url, List<TermUse> sections) {
	}

}
