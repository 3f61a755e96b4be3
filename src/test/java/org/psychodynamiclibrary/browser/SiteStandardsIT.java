package org.psychodynamiclibrary.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.psychodynamiclibrary.browser.SiteCrawler.Link;
import org.psychodynamiclibrary.browser.SiteCrawler.Page;
import org.psychodynamiclibrary.browser.SiteCrawler.Site;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Standards every page meets, on every page a reader can reach from the home page: it answers, its links land,
 * it is described for browsers and assistive technology, and it is valid HTML. Each failure names the page.
 * No browser is needed: these read what the server sends.
 */
@RunningSite
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteStandardsIT {

	@LocalServerPort
	private int port;

	private Site site;

	@BeforeAll
	void crawl() {
		this.site = SiteCrawler.crawl("http://localhost:" + this.port);
	}

	@Test
	void crawlReachesEveryTopicArticleAndSourceInTheContentFolder() throws IOException {
		Set<String> reached = this.site.pages().stream().map((page) -> page.uri().getPath()).collect(Collectors.toSet());
		List<String> expected = new ArrayList<>(List.of("/", "/topics", "/help", "/about", "/sources"));
		expected.addAll(contentPaths("topics", "/topics/"));
		expected.addAll(contentPaths("articles", "/articles/"));
		expected.addAll(contentPaths("sources", "/sources/"));
		Problems.assertNone(expected.stream()
			.filter((path) -> !reached.contains(path))
			.map((path) -> path + " is not reached by following links from the home page")
			.toList());
	}

	@Test
	void everyLinkedPageAnswersWithTheIntendedStatus() {
		List<String> problems = new ArrayList<>();
		for (Page page : this.site.pages()) {
			int expected = this.site.expectedStatus(page);
			if (page.status() != expected) {
				problems.add(this.site.name(page.uri()) + " answered " + page.status() + ", expected " + expected
						+ "; linked from " + linkedFrom(page));
			}
		}
		Problems.assertNone(problems);
	}

	@Test
	void everyFragmentPointsAtAnElementOnItsPage() {
		List<String> problems = new ArrayList<>();
		Map<java.net.URI, Set<String>> idsByPage = new LinkedHashMap<>();
		for (Link link : this.site.internalLinks()) {
			if (link.fragment().isEmpty()) {
				continue;
			}
			Set<String> ids = idsByPage.computeIfAbsent(link.page(), (uri) -> this.site.page(uri)
				.filter(Page::isHtml)
				.map((page) -> page.document().select("[id]").eachAttr("id").stream().collect(Collectors.toSet()))
				.orElse(Set.of()));
			if (!ids.contains(link.fragment().get())) {
				problems.add(this.site.name(link.from()) + ": link href=\"" + link.href() + "\" points at no element with id \""
						+ link.fragment().get() + "\" on " + this.site.name(link.page()));
			}
		}
		Problems.assertNone(problems);
	}

	@Test
	void everyPageHasALanguageTitleDescriptionAndOneMainHeading() {
		List<String> problems = new ArrayList<>();
		for (Page page : this.site.htmlPages()) {
			Document document = page.document();
			String name = this.site.name(page.uri());
			if (document.selectFirst("html[lang]") == null || document.selectFirst("html").attr("lang").isBlank()) {
				problems.add(name + ": <html> has no lang attribute");
			}
			if (document.title().isBlank()) {
				problems.add(name + ": no <title>");
			}
			if (document.select("meta[name=description]").eachAttr("content").stream().allMatch(String::isBlank)) {
				problems.add(name + ": no <meta name=\"description\"> with content");
			}
			int headings = document.select("h1").size();
			if (headings != 1) {
				problems.add(name + ": " + headings + " <h1> elements, expected exactly one");
			}
		}
		Problems.assertNone(problems);
	}

	@Test
	void everyPageIsValidHtml() {
		HtmlChecker.missing().ifPresent((missing) -> {
			if (BrowserExtension.onCi()) {
				fail("CI=true and the HTML checker cannot run: " + missing);
			}
			Assumptions.abort("HTML check skipped: " + missing);
		});
		Map<String, String> pages = new LinkedHashMap<>();
		this.site.htmlPages().forEach((page) -> pages.put(this.site.name(page.uri()), page.body()));
		assertThat(pages).as("pages crawled").hasSizeGreaterThan(1);
		Problems.assertNone(HtmlChecker.errors(pages).stream().map(HtmlChecker.Error::toString).toList());
	}

	private String linkedFrom(Page page) {
		List<String> from = this.site.links()
			.stream()
			.filter((link) -> link.page().equals(page.uri()))
			.map((link) -> this.site.name(link.from()))
			.distinct()
			.limit(3)
			.toList();
		return from.isEmpty() ? "(start of the crawl)" : String.join(", ", from);
	}

	private static List<String> contentPaths(String folder, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("content", folder))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".md"))
				.map((name) -> prefix + name.substring(0, name.length() - 3))
				.sorted()
				.toList();
		}
	}

}
