package org.psychodynamiclibrary.article;

import java.util.List;

import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.cite.CitableArticle;
import org.psychodynamiclibrary.cite.Download;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.ArticleRepository;
import org.psychodynamiclibrary.model.Source;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An article as a reference for reference managers, in BibTeX and RIS.
 */
@Controller
class ArticleDownloadController {

	private final ArticleRepository articles;

	private final String baseUrl;

	ArticleDownloadController(ArticleRepository articles, LibraryProperties properties) {
		this.articles = articles;
		this.baseUrl = properties.baseUrl();
	}

	@GetMapping("/articles/{slug}/cite.bib")
	ResponseEntity<String> bibTex(@PathVariable String slug) {
		return Download.BIBTEX.of(citable(slug), slug);
	}

	@GetMapping("/articles/{slug}/cite.ris")
	ResponseEntity<String> ris(@PathVariable String slug) {
		return Download.RIS.of(citable(slug), slug);
	}

	private List<Source.Metadata> citable(String slug) {
		Article article = this.articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
		return List.of(CitableArticle.of(slug, article.getTitle(), article.getAuthor(), article.getLastReviewed(),
				this.baseUrl));
	}

}
