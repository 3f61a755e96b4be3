package org.psychodynamiclibrary.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader finds their way: by topic from the navigation on every kind of page, through a topic with previous
 * and next, and back on track after mistyping an address.
 */
@BrowserTest
class BrowsingJourneysIT {

	private static final String TOPIC_NAV = "nav[aria-label='Topics'] a[href^='/topics/']";

	@Test
	void everyPageOffersEveryTopicInItsNavigation(Browser browser) {
		browser.open("/topics");
		List<String> topics = browser.findAll("main a[href^='/topics/']").stream()
			.map((link) -> link.getDomAttribute("href"))
			.distinct()
			.toList();
		assertThat(topics).as("topics listed on /topics").hasSizeGreaterThan(1);

		for (int i = 0; i < PageTypes.ALL.size(); i++) {
			String page = PageTypes.ALL.get(i);
			browser.open(page);
			List<WebElement> links = browser.findAll(TOPIC_NAV);
			assertThat(links.stream().map((link) -> link.getDomAttribute("href")).toList())
				.as("topic navigation on %s", page)
				.containsExactlyElementsOf(topics);

			WebElement chosen = links.get(i % links.size());
			String topic = chosen.getDomAttribute("href");
			String title = chosen.getText();
			chosen.click();
			assertThat(browser.path()).as("after choosing %s from the navigation on %s", title, page).isEqualTo(topic);
			assertThat(browser.heading()).isEqualTo(title);
			assertThat(browser.find("nav[aria-label='Topics'] a[href='" + topic + "']").getDomAttribute("aria-current"))
				.as("the navigation marks %s as the current page", topic)
				.isEqualTo("page");
		}
		browser.screenshot("4-topic-from-navigation");
	}

	@Test
	void nextAndPreviousWalkATopicInItsReadingOrder(Browser browser) {
		browser.open("/topics/concepts");
		List<String> order = browser.findAll("main .article-list a").stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(order).as("articles listed on /topics/concepts").hasSizeGreaterThan(2);

		browser.open(order.get(0));
		assertThat(browser.findAll("a[rel=prev]")).as("a 'Previous' link on the topic's first article").isEmpty();
		List<String> forwards = walk(browser, "a[rel=next]");
		assertThat(forwards).as("pages reached by following 'Next'").containsExactlyElementsOf(order);
		browser.screenshot("4-last-article-in-topic");

		List<String> backwards = walk(browser, "a[rel=prev]");
		List<String> reverseOrder = new ArrayList<>(order);
		Collections.reverse(reverseOrder);
		assertThat(backwards).as("pages reached by following 'Previous'").containsExactlyElementsOf(reverseOrder);
	}

	@Test
	void mistypedArticleAddressShowsThePageNotFoundWithSuggestions(Browser browser) {
		String mistyped = "/articles/transferance-and-countertransference";
		assertThat(SiteCrawler.get(URI.create(browser.baseUrl() + mistyped)).statusCode()).as("status of %s", mistyped)
			.isEqualTo(404);

		browser.open(mistyped);
		assertThat(browser.heading()).isEqualTo("Page not found");
		assertThat(browser.findAll(TOPIC_NAV)).as("topic navigation on the 404 page").isNotEmpty();
		List<WebElement> suggestions = browser.findAll("main .suggestions a");
		assertThat(suggestions).as("suggestions").isNotEmpty();
		assertThat(suggestions.get(0).getDomAttribute("href")).as("the first suggestion")
			.isEqualTo("/articles/transference-and-countertransference");
		browser.screenshot("5-page-not-found");

		suggestions.get(0).click();
		assertThat(browser.heading()).isEqualTo("Transference and countertransference");
	}

	/** Follows the link matching the selector from page to page until there is none; returns the paths seen. */
	private static List<String> walk(Browser browser, String link) {
		List<String> seen = new ArrayList<>(List.of(browser.path()));
		while (seen.size() < 100) {
			List<WebElement> next = browser.findAll(link);
			if (next.isEmpty()) {
				return seen;
			}
			next.get(0).click();
			seen.add(browser.path());
		}
		throw new AssertionError("Following " + link + " never ended: " + seen);
	}

}
