package org.psychodynamiclibrary.search;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.Library;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.CiteThis;
import org.psychodynamiclibrary.model.Evidence;
import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceType;
import org.psychodynamiclibrary.search.SearchDocument.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class SearchDocumentsTests {

	private final Library.Topic concepts = new Library.Topic("concepts", "Concepts", "The core ideas.", 2,
			"<p>Ideas <em>behind</em> the approach.</p><p>Read on.</p>");

	private final Library.Topic start = new Library.Topic("start-here", "Start here", "Begin here.", 1,
			"<p>Welcome.</p>");

	@Test
	void articleHeadingsAndTagsAreSeparatedFromItsText() {
		SearchDocument document = SearchDocuments.article(article("transference", 1, List.of("relationships"),
				"<h2 id=\"key-points\">Key points</h2><ul><li>Old feelings</li><li>New <strong>people</strong></li></ul>"
						+ "<h2 id=\"what\">What it means</h2><p>Feelings &amp; wishes &lt;here&gt;.</p>"
						+ "<h3>In sessions</h3><p>Talked about\n   openly.</p>"), this.concepts);
		assertThat(document).extracting(SearchDocument::kind, SearchDocument::url, SearchDocument::title,
				SearchDocument::topicSlug, SearchDocument::topicTitle, SearchDocument::summary)
			.containsExactly(Kind.ARTICLE, "/articles/transference", "Transference", "concepts", "Concepts",
					"About transference.");
		assertThat(document.headings()).isEqualTo("Key points\nWhat it means\nIn sessions\nrelationships");
		assertThat(document.body()).isEqualTo("Old feelings\nNew people\nFeelings & wishes <here>.\nTalked about openly.");
	}

	@Test
	void citationMarkersAreLeftOut() {
		SearchDocument document = SearchDocuments.article(article("gains", 1, List.of(),
				"<p>Gains lasted <sup class=\"citation\"><a href=\"#ref-1\"><span class=\"visually-hidden\">Reference "
						+ "</span>1<span class=\"visually-hidden\">: Shedler (2010)</span></a></sup>. Then more.</p>"),
				this.concepts);
		assertThat(document.body()).isEqualTo("Gains lasted. Then more.");
	}

	@Test
	void topicIsItsOwnTopic() {
		SearchDocument document = SearchDocuments.topic(this.concepts);
		assertThat(document).extracting(SearchDocument::kind, SearchDocument::url, SearchDocument::topicSlug,
				SearchDocument::topicTitle, SearchDocument::summary, SearchDocument::body)
			.containsExactly(Kind.TOPIC, "/topics/concepts", "concepts", "Concepts", "The core ideas.",
					"Ideas behind the approach.\nRead on.");
	}

	@Test
	void topicsComeFirstThenArticlesInNavigationOrder() {
		Library.Article second = article("second", 2, List.of(), "<p>b</p>");
		Library.Article first = article("first", 1, List.of(), "<p>a</p>");
		List<SearchDocument> documents = SearchDocuments.of(new Library(List.of(this.concepts, this.start),
				List.of(second, first), List.of(source("zeta", "Zeta"), source("alpha", "Alpha")), List.of()));
		assertThat(documents).extracting(SearchDocument::url)
			.containsExactly("/topics/start-here", "/topics/concepts", "/articles/first", "/articles/second",
					"/sources/alpha", "/sources/zeta");
	}

	@Test
	void sourceIsFoundByAuthorsReferenceAndAnnotation() {
		SearchDocument document = SearchDocuments.source(source("shedler2010", "Shedler"));
		assertThat(document).extracting(SearchDocument::kind, SearchDocument::url, SearchDocument::title,
				SearchDocument::topicSlug, SearchDocument::headings, SearchDocument::summary, SearchDocument::body)
			.containsExactly(Kind.SOURCE, "/sources/shedler2010", "The efficacy of psychodynamic psychotherapy", null,
					"Jonathan Shedler", "Shedler, J. (2010). The efficacy of psychodynamic psychotherapy. American Psychologist.",
					"A widely cited review & its figures.");
	}

	private static Library.Source source(String key, String family) {
		var metadata = new Source.Metadata(key, SourceType.JOURNAL_ARTICLE, List.of(Person.named(family, "Jonathan")),
				List.of(), List.of(), "The efficacy of psychodynamic psychotherapy", "American Psychologist", null, null, "2010",
				"65", null, null, null, null, null, null, null, null, null, Evidence.REVIEW);
		return new Library.Source(metadata, "<p>A widely cited review &amp; its figures.</p>", "Shedler, J. (2010). <i>The "
				+ "efficacy of psychodynamic psychotherapy</i>. American Psychologist.");
	}

	private Library.Article article(String slug, int order, List<String> tags, String html) {
		String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
		var metadata = new Article.Metadata(title, "About " + slug + ".", "concepts", order, tags, List.of(),
				LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), LocalDate.of(2029, 11, 25), null, null);
		return new Library.Article(slug, metadata, List.of(), html, new CiteThis("apa", "mla", "chicago"), List.of());
	}

}
