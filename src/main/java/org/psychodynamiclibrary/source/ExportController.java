package org.psychodynamiclibrary.source;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.article.Article;
import org.psychodynamiclibrary.article.ArticleNotFoundException;
import org.psychodynamiclibrary.article.ArticleRepository;
import org.psychodynamiclibrary.web.Site;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads for reference managers: each source, the whole bibliography, and each article, as BibTeX, RIS and
 * (for sources) CSL-JSON.
 */
@Controller
class ExportController {

	static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

	static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);

	static final MediaType CSL_JSON = new MediaType("application", "vnd.citationstyles.csl+json", StandardCharsets.UTF_8);

	private final SourceRepository sources;

	private final ArticleRepository articles;

	private final String baseUrl;

	ExportController(SourceRepository sources, ArticleRepository articles, LibraryProperties properties) {
		this.sources = sources;
		this.articles = articles;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@GetMapping("/sources/all.bib")
	ResponseEntity<String> allBibTex() {
		return download(all(), BibTexExport::write, BIBTEX, "psychodynamic-library.bib");
	}

	@GetMapping("/sources/all.ris")
	ResponseEntity<String> allRis() {
		return download(all(), RisExport::write, RIS, "psychodynamic-library.ris");
	}

	@GetMapping("/sources/all.json")
	ResponseEntity<String> allCslJson() {
		return download(all(), CslJsonExport::write, CSL_JSON, "psychodynamic-library.json");
	}

	@GetMapping("/sources/{key}/cite.bib")
	ResponseEntity<String> sourceBibTex(@PathVariable String key) {
		return download(one(key), BibTexExport::write, BIBTEX, key + ".bib");
	}

	@GetMapping("/sources/{key}/cite.ris")
	ResponseEntity<String> sourceRis(@PathVariable String key) {
		return download(one(key), RisExport::write, RIS, key + ".ris");
	}

	@GetMapping("/sources/{key}/cite.json")
	ResponseEntity<String> sourceCslJson(@PathVariable String key) {
		return download(one(key), CslJsonExport::write, CSL_JSON, key + ".json");
	}

	@GetMapping("/articles/{slug}/cite.bib")
	ResponseEntity<String> articleBibTex(@PathVariable String slug) {
		return download(article(slug), BibTexExport::write, BIBTEX, slug + ".bib");
	}

	@GetMapping("/articles/{slug}/cite.ris")
	ResponseEntity<String> articleRis(@PathVariable String slug) {
		return download(article(slug), RisExport::write, RIS, slug + ".ris");
	}

	private List<Source.Metadata> all() {
		return this.sources.findAll()
			.stream()
			.map(Source::metadata)
			.sorted(Comparator.comparing(Source.Metadata::key))
			.toList();
	}

	private List<Source.Metadata> one(String key) {
		return List.of(this.sources.findByKey(key).orElseThrow(() -> new SourceNotFoundException(key)).metadata());
	}

	/** An article described as a web page of this site, so the same writers serve it. */
	private List<Source.Metadata> article(String slug) {
		Article article = this.articles.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
		Person author = Person.organisation((article.getAuthor() != null) ? article.getAuthor() : Site.NAME);
		return List.of(new Source.Metadata(slug, SourceType.WEB_PAGE, List.of(author), List.of(), article.getTitle(),
				Site.NAME, null, null, article.getLastReviewed().toString(), null, null, null, null, null, null, null,
				null, this.baseUrl + article.getUrl(), null, null));
	}

	private static ResponseEntity<String> download(List<Source.Metadata> sources,
			Function<List<Source.Metadata>, String> writer, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(writer.apply(sources));
	}

}
