package org.psychodynamiclibrary.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.content.Library;
import org.psychodynamiclibrary.content.LibraryLoaded;
import org.psychodynamiclibrary.glossary.GlossaryIndex;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.CiteThis;
import org.psychodynamiclibrary.model.Evidence;
import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceType;
import org.psychodynamiclibrary.topic.Navigation;
import org.psychodynamiclibrary.web.Site;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The results page over the real index, built from topics and articles the way the importer announces them.
 */
@WebMvcTest(SearchController.class)
@Import({ Site.class, Navigation.class, GlossaryIndex.class, SearchEngine.class })
@EnableConfigurationProperties({ LibraryProperties.class, SearchProperties.class })
class SearchControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void loadContent() {
		var concepts = new Library.Topic("concepts", "Concepts", "The core ideas.", 1, "<p>Ideas behind the approach.</p>");
		var techniques = new Library.Topic("techniques", "Techniques", "What therapists do.", 2, "<p>Methods.</p>");
		List<Library.Article> articles = new ArrayList<>();
		articles.add(article("transference", "Transference", concepts, 1,
				"<h2>Key points</h2><ul><li>Old feelings</li></ul><h2>What it means</h2>"
						+ "<p>Transference is when feelings about someone from the past are directed at the therapist.</p>"
						+ "<p>Results: p &lt; 0.05 &amp; &lt;script&gt;alert(1)&lt;/script&gt; transference.</p>"));
		articles.add(article("working-with-dreams", "Working with dreams", techniques, 1,
				"<h2>Dream work</h2><p>Some therapists analyse dreams with the client.</p>"));
		for (int i = 1; i <= 12; i++) {
			articles.add(article("session-" + i, "Session note " + i, techniques, i + 1,
					"<p>A note about sessions, number " + i + ".</p>"));
		}
		var shedler = new Source.Metadata("shedler2010", SourceType.JOURNAL_ARTICLE,
				List.of(Person.named("Shedler", "Jonathan")), List.of(), List.of(), "The efficacy of psychodynamic psychotherapy",
				"American Psychologist", null, null, "2010", "65", null, null, null, null, null, null, null, null, null,
				Evidence.REVIEW);
		var source = new Library.Source(shedler, "<p>A review of effect sizes, used here for lasting gains.</p>",
				"Shedler, J. (2010). <i>The efficacy of psychodynamic psychotherapy</i>. American Psychologist.");
		this.events.publishEvent(new LibraryLoaded(
				new Library(List.of(concepts, techniques), articles, List.of(source), List.of())));
	}

	@Test
	void resultsShowCountTitleKindTopicAndHighlightedSnippet() {
		assertThat(search("q", "transference")).hasStatusOk()
			.hasViewName("search/results")
			.bodyText()
			.contains("<title>Search results for “transference” | Psychodynamic Therapy Library</title>")
			.contains("<strong>1 result</strong>")
			.contains("<a href=\"/articles/transference\">Transference</a>")
			.contains("<span>Article</span> in <span>Concepts</span>")
			.contains("<mark>Transference</mark> is when feelings")
			.contains("p &lt; 0.05 &amp; &lt;script&gt;alert(1)&lt;&#x2F;script&gt; <mark>transference</mark>")
			.doesNotContain("<script>");
	}

	@Test
	void sourcesAreFoundByAuthor() {
		assertThat(search("q", "Jonathan Shedler")).bodyText()
			.contains("<a href=\"/sources/shedler2010\">The efficacy of psychodynamic psychotherapy</a>")
			.contains("<p class=\"search-result__meta\"><span>Source</span></p>")
			.contains("<mark>Shedler</mark>, J. (2010). The efficacy of psychodynamic psychotherapy. American Psychologist.");
	}

	@Test
	void headingsAreSearchableButNotRepeatedInTheSnippet() {
		assertThat(search("q", "\"dream work\"")).bodyText()
			.contains("<a href=\"/articles/working-with-dreams\">Working with dreams</a>")
			.contains("<p class=\"search-result__snippet\">About working with dreams.</p>");
	}

	@Test
	void hostileQueryIsEscapedWherever_itIsShown() {
		String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
		assertThat(this.mvc.get().uri("/search").param("q", hostile).param("kind", hostile).param("topic", hostile)
			.param("page", hostile).accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert", "<img src=x")
			.contains("Search results for “&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;”")
			.contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("badInput")
	void everyClassOfBadInputGivesANormalPage(String description, String q, String kind, String topic, String page) {
		var request = this.mvc.get().uri("/search").accept(MediaType.TEXT_HTML);
		if (q != null) {
			request.param("q", q);
		}
		if (kind != null) {
			request.param("kind", kind);
		}
		if (topic != null) {
			request.param("topic", topic);
		}
		if (page != null) {
			request.param("page", page);
		}
		assertThat(request).hasStatusOk().hasViewName("search/results").bodyText().contains("<h1>");
	}

	static Stream<Arguments> badInput() {
		return Stream.of(arguments("no parameters", null, null, null, null),
				arguments("empty", "", "", "", ""),
				arguments("blank", "   ", " ", " ", " "),
				arguments("very long", "transference ".repeat(500), null, null, null),
				arguments("lone quote", "\"", null, null, null),
				arguments("wildcards", "*?", null, null, null),
				arguments("open boolean", "AND (", null, null, null),
				arguments("field syntax", "title:transference :", null, null, null),
				arguments("backslashes", "\\ \\\\ \\\"", null, null, null),
				arguments("control characters", "trans\u0000ference\u0007\u001b", null, null, null),
				arguments("other scripts", "精神分析 психотерапия العلاج", null, null, null),
				arguments("emoji", "🧠🛋️", null, null, null),
				arguments("unknown kind", "dreams", "video", null, null),
				arguments("kind with syntax", "dreams", "ARTICLE\" OR 1=1", null, null),
				arguments("unknown topic", "dreams", null, "no-such-topic", null),
				arguments("path-like topic", "dreams", null, "../../etc/passwd", null),
				arguments("page not a number", "sessions", null, null, "two"),
				arguments("page negative", "sessions", null, null, "-3"),
				arguments("page zero", "sessions", null, null, "0"),
				arguments("page too large", "sessions", null, null, "99999999999999999999"),
				arguments("page beyond the results", "sessions", null, null, "40"));
	}

	@Test
	void veryLongQueryIsCutAndSaysSo() {
		assertThat(this.mvc.get().uri("/search").param("q", "dreams ".repeat(100)).accept(MediaType.TEXT_HTML))
			.bodyText()
			.contains("only its first 200 characters were used")
			.contains("<a href=\"/articles/working-with-dreams\">Working with dreams</a>");
	}

	@Test
	void filtersLinkToTheSameSearchAndMarkTheCurrentOne() {
		assertThat(search("q", "therapist", "topic", "concepts")).bodyText()
			.contains("<strong>1 result</strong>")
			.contains(" in <span>Concepts</span>")
			.contains("<a href=\"/search?q=therapist&amp;topic=concepts\" aria-current=\"true\"><span>Concepts</span>")
			.containsSubsequence("<span>Concepts</span> <span class=\"search-filters__count\">(1)</span>",
					"<span>Techniques</span> <span class=\"search-filters__count\">(2)</span>")
			.contains("<a href=\"/search?q=therapist\">All topics</a>")
			.contains("<a href=\"/search?q=therapist&amp;topic=concepts&amp;kind=article\"><span>Articles</span>");
	}

	@Test
	void pagesLinkToEachOther() {
		assertThat(search("q", "sessions")).bodyText()
			.contains("<strong>12 results</strong>")
			.contains("Page 1 of 2")
			.contains("<a rel=\"next\" href=\"/search?q=sessions&amp;page=2\">Next page</a>")
			.doesNotContain("rel=\"prev\"");
		assertThat(search("q", "sessions", "page", "2")).bodyText()
			.contains("<ol class=\"search-results\" start=\"11\">")
			.contains("<a rel=\"prev\" href=\"/search?q=sessions\">Previous page</a>")
			.doesNotContain("rel=\"next\"");
	}

	@Test
	void noResultsSuggestsASpellingAndTheTopics() {
		assertThat(search("q", "Transferense")).bodyText()
			.contains("<strong>0 results</strong>")
			.contains("Did you mean <a href=\"/search?q=transference\">transference</a>?")
			.contains("Nothing found? Try this")
			.contains("<a href=\"/topics/concepts\">Concepts</a>")
			.contains("<a href=\"/topics/techniques\">Techniques</a>");
	}

	@Test
	void someWordsFoundIsSaidPlainly() {
		assertThat(search("q", "dreams xylophone")).bodyText()
			.contains("No page has all of your words.")
			.contains("<a href=\"/articles/working-with-dreams\">Working with dreams</a>");
	}

	@Test
	void snippetsDoNotRunParagraphsTogether() {
		assertThat(search("q", "therapist")).bodyText()
			.contains("<p class=\"search-result__snippet\">Transference is when feelings about someone from the past are "
					+ "directed at the <mark>therapist</mark>.");
	}

	@Test
	void emptySearchShowsTheFormAndTheTopics() {
		assertThat(search()).hasStatusOk()
			.bodyText()
			.contains("<title>Search | Psychodynamic Therapy Library</title>")
			.contains("<h1>Search the library</h1>")
			.contains("Or browse by topic")
			.doesNotContain("results</strong>");
	}

	@Test
	void everyPageHasTheSearchBoxInItsHeader() {
		assertThat(search("q", "dreams")).bodyText()
			.contains("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">")
			.contains("<label class=\"visually-hidden\" for=\"site-search-q\">Search the library</label>");
	}

	/** The search page for the given parameter names and values. */
	private MvcTestResult search(String... parameters) {
		var request = this.mvc.get().uri("/search").accept(MediaType.TEXT_HTML);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

	private static Library.Article article(String slug, String title, Library.Topic topic, int order, String html) {
		var metadata = new Article.Metadata(title, "About " + title.toLowerCase() + ".", topic.slug(), order,
				List.of(), List.of(), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), LocalDate.of(2029, 11, 25),
				null, null);
		return new Library.Article(slug, metadata, List.of(), html, new CiteThis("apa", "mla", "chicago"), List.of());
	}

}
