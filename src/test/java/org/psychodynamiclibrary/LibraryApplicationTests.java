package org.psychodynamiclibrary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on the small fixture content folder, as a reader's browser would ask for pages.
 */
@SpringBootTest(properties = "library.content-dir=src/test/resources/fixture-content")
@AutoConfigureMockMvc
class LibraryApplicationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homeListsEveryTopicWithItsArticles() {
		assertThat(page("/")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/topics/basics\">Basics</a>")
			.contains("<a class=\"article-list__title\" href=\"/articles/first-steps\">First steps</a>")
			.contains("<a class=\"article-list__title\" href=\"/articles/in-the-room\">In the room</a>")
			.contains("education, not treatment");
	}

	@Test
	void topicPageShowsIntroductionAndArticlesInOrder() throws Exception {
		String body = page("/topics/basics").getResponse().getContentAsString();
		assertThat(body).contains("<h1>Basics</h1>").contains("<p>An introduction to the basics.</p>");
		assertThat(body.indexOf("First steps</a>")).isLessThan(body.indexOf("Second steps</a>"));
		assertThat(body).contains("<a href=\"/topics/basics\" aria-current=\"page\">Basics</a>");
	}

	@Test
	void articlePageHasBreadcrumbsBylineContentsAndNeighbours() {
		assertThat(page("/articles/first-steps")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/topics/basics\">Basics</a></li>")
			.contains("<h1 id=\"article-title\">First steps</h1>")
			.contains("Page last reviewed")
			.contains("25 November 2026")
			.contains("Next review due")
			.contains("On this page")
			.contains("<a href=\"#what-it-is-1\">What it is</a>")
			.contains("<h2 id=\"what-it-is-1\">What it is</h2>")
			.contains("rel=\"next\"")
			.contains("<li>beginning</li>")
			.contains("<a href=\"/topics/basics\" aria-current=\"true\">Basics</a>");
	}

	@Test
	void shortArticleHasNoTableOfContents() {
		assertThat(page("/articles/second-steps")).bodyText().doesNotContain("On this page").contains("rel=\"prev\"");
	}

	@Test
	void everyPageShowsUrgentHelpAndTheDisclaimer() throws Exception {
		for (String path : new String[] { "/", "/topics", "/topics/practice", "/articles/in-the-room", "/help", "/about" }) {
			assertThat(page(path).getResponse().getContentAsString()).as(path)
				.contains("Need help now?")
				.contains("call or text <a href=\"tel:988\">988</a>")
				.contains("Samaritans on <a href=\"tel:116123\">116 123</a>")
				.contains("<a href=\"/about\">about this library and its disclaimer</a>")
				.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\">");
		}
	}

	private MvcTestResult page(String path) {
		return this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
	}

}
