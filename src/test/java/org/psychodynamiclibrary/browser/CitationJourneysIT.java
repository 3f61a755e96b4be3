package org.psychodynamiclibrary.browser;

import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A reader checks a claim: from the home page to an article, from a citation marker to its reference, back to
 * the marker, on to the source's page and from there to another article that cites it. With the pointer, with
 * the keyboard alone, and with JavaScript switched off; and the reference preview that JavaScript adds.
 */
@BrowserTest
class CitationJourneysIT {

	private static final String TOPIC = "/topics/start-here";

	private static final String ARTICLE = "/articles/what-is-psychodynamic-therapy";

	private static final String MARKER = ".prose sup.citation a";

	private static final String PREVIEW = "[role=tooltip]";

	@Test
	void readerFollowsACitationToItsSourceAndOnToAnotherArticle(Browser browser) {
		followCitationWithThePointer(browser, "1-citation-journey");
	}

	@Test
	void keyboardReaderFollowsACitationToItsSourceAndOnToAnotherArticle(Browser browser) {
		browser.open("/");
		browser.tab();
		WebElement skipLink = browser.activeElement();
		assertThat(skipLink.getText()).as("the first Tab stop").isEqualTo("Skip to main content");
		assertThat(browser.inViewport(skipLink)).as("skip link on screen when focused").isTrue();
		assertThat(browser.showsFocus(skipLink)).as("skip link draws a focus indicator").isTrue();
		browser.screenshot("2-keyboard-skip-link");
		browser.press(Keys.ENTER);
		assertThat(browser.activeElement().getDomAttribute("id")).as("focus after the skip link").isEqualTo("main");

		browser.tabTo("main a[href='" + TOPIC + "']");
		browser.press(Keys.ENTER);
		assertThat(browser.path()).isEqualTo(TOPIC);
		browser.tabTo("main .article-list a[href='" + ARTICLE + "']");
		browser.press(Keys.ENTER);
		assertThat(browser.path()).isEqualTo(ARTICLE);

		WebElement marker = browser.tabTo(MARKER);
		String markerId = marker.getDomAttribute("id");
		String entryId = fragmentOf(marker.getDomAttribute("href"));
		browser.press(Keys.ENTER);
		assertReferenceShownAndFocused(browser, ARTICLE, entryId);
		assertFocusVisible(browser, "on the reference a marker led to");
		browser.screenshot("2-keyboard-reference");

		browser.tabTo("#" + entryId + " a[href$='#" + markerId + "']");
		browser.press(Keys.ENTER);
		assertMarkerShownAndFocused(browser, ARTICLE, markerId);
		assertFocusVisible(browser, "on the marker a back-link returned to");

		browser.press(Keys.ENTER);
		assertReferenceShownAndFocused(browser, ARTICLE, entryId);
		browser.tabTo("#" + entryId + " a[href*='/sources/']");
		browser.press(Keys.ENTER);
		assertThat(browser.path()).startsWith("/sources/");
		assertCitedInHeading(browser);

		WebElement citedIn = browser.tabTo("main a[href*='/articles/'][href*='#cite-']:not([href*='" + ARTICLE + "#'])");
		String target = citedIn.getDomAttribute("href");
		browser.press(Keys.ENTER);
		assertMarkerShownAndFocused(browser, pathOf(target), fragmentOf(target));
		assertFocusVisible(browser, "on the marker a \"Cited in\" link led to");
		browser.screenshot("2-keyboard-citing-article");
	}

	@Test
	void referencePreviewOpensOnHoverAndOnFocusAndClosesWithEscape(Browser browser) {
		browser.open(ARTICLE);
		WebElement marker = browser.find(MARKER);
		String author = firstWord(referenceText(browser, browser.byId(fragmentOf(marker.getDomAttribute("href")))));

		browser.hover(marker);
		WebElement preview = awaitPreview(browser, marker, "hovering over the first citation marker");
		assertThat(preview.getText()).as("the preview shows the reference").contains(author);
		browser.screenshot("3-preview-on-hover");
		browser.press(Keys.ESCAPE);
		browser.awaitHidden(preview, "Escape while hovering");

		browser.hoverNothing();
		browser.open(ARTICLE);
		marker = browser.tabTo(MARKER);
		preview = awaitPreview(browser, marker, "focusing the first citation marker with Tab");
		assertThat(preview.getText()).as("the preview shows the reference").contains(author);
		browser.screenshot("3-preview-on-focus");
		browser.press(Keys.ESCAPE);
		browser.awaitHidden(preview, "Escape while the marker has focus");
		assertThat(browser.activeElement()).as("focus stays on the marker after Escape").isEqualTo(marker);
	}

	@Test
	void withoutJavaScriptEveryCitationLinkStillWorks(@JavaScriptDisabled Browser browser) {
		browser.driver().get("data:text/html,<title>before</title><script>document.title='after'</script>");
		assertThat(browser.title()).as("this browser runs no JavaScript").isEqualTo("before");

		followCitationWithThePointer(browser, "3-no-javascript");

		for (String page : List.of(ARTICLE, "/sources/shedler2010")) {
			browser.open(page);
			assertThat(browser.findAll("a:not([href]), a[href='#'], a[href^='javascript:']").stream()
				.map(browser::describe)
				.toList()).as("links on %s that only work with JavaScript", page).isEmpty();
		}
	}

	private void followCitationWithThePointer(Browser browser, String screenshots) {
		browser.open("/");
		browser.find("main a[href='" + TOPIC + "']").click();
		assertThat(browser.path()).isEqualTo(TOPIC);
		browser.find("main .article-list a[href='" + ARTICLE + "']").click();
		assertThat(browser.path()).isEqualTo(ARTICLE);

		WebElement marker = browser.find(MARKER);
		String markerId = marker.getDomAttribute("id");
		String entryId = fragmentOf(marker.getDomAttribute("href"));
		marker.click();
		WebElement entry = assertReferenceShownAndFocused(browser, ARTICLE, entryId);
		browser.screenshot(screenshots + "-reference");

		entry.findElement(By.cssSelector("a[href$='#" + markerId + "']")).click();
		assertMarkerShownAndFocused(browser, ARTICLE, markerId);

		browser.byId(markerId).click();
		browser.byId(entryId).findElement(By.cssSelector("a[href*='/sources/']")).click();
		assertThat(browser.path()).startsWith("/sources/");
		assertCitedInHeading(browser);
		browser.screenshot(screenshots + "-source");

		WebElement citedIn = browser
			.findFirst("main a[href*='/articles/'][href*='#cite-']:not([href*='" + ARTICLE + "#'])")
			.orElseThrow(() -> new AssertionError(browser.path() + " lists no other article under \"Cited in\""));
		String target = citedIn.getDomAttribute("href");
		citedIn.click();
		assertMarkerShownAndFocused(browser, pathOf(target), fragmentOf(target));
		browser.screenshot(screenshots + "-citing-article");
	}

	private static WebElement assertReferenceShownAndFocused(Browser browser, String article, String entryId) {
		assertThat(browser.location()).isEqualTo(article + "#" + entryId);
		WebElement entry = browser.byId(entryId);
		assertThat(entry.getTagName()).as("reference entry #%s", entryId).isEqualTo("li");
		assertThat(browser.script("""
				const section = arguments[0].closest('section');
				const heading = section && section.querySelector('h2, h3');
				return heading ? heading.textContent.trim() : null;
				""", entry)).as("heading of the section holding #%s", entryId).isEqualTo("References");
		assertThat(browser.inViewport(entry)).as("#%s scrolled into view", entryId).isTrue();
		assertThat(browser.isTarget(entry)).as("#%s is the highlighted target", entryId).isTrue();
		assertThat(browser.within(browser.activeElement(), entry))
			.as("focus is on reference #%s, but is on %s", entryId, browser.describe(browser.activeElement()))
			.isTrue();
		return entry;
	}

	private static void assertMarkerShownAndFocused(Browser browser, String article, String markerId) {
		assertThat(browser.location()).isEqualTo(article + "#" + markerId);
		WebElement marker = browser.byId(markerId);
		assertThat(browser.matches(marker, MARKER)).as("#%s is a citation marker", markerId).isTrue();
		assertThat(browser.inViewport(marker)).as("marker #%s scrolled into view", markerId).isTrue();
		assertThat(browser.isTarget(marker)).as("marker #%s is the highlighted target", markerId).isTrue();
		assertThat(browser.activeElement())
			.as("focus is on marker #%s, but is on %s", markerId, browser.describe(browser.activeElement()))
			.isEqualTo(marker);
	}

	private static void assertFocusVisible(Browser browser, String where) {
		WebElement focused = browser.activeElement();
		assertThat(browser.showsFocus(focused))
			.as("focus indicator (outline or box-shadow) %s: %s", where, browser.describe(focused))
			.isTrue();
	}

	private static void assertCitedInHeading(Browser browser) {
		assertThat(browser.findAll("main h2, main h3").stream().map(WebElement::getText))
			.as("headings on %s", browser.path())
			.contains("Cited in");
	}

	/**
	 * Waits for the marker's preview: the visible element the marker is described by (aria-describedby), or a
	 * visible tooltip.
	 */
	private static WebElement awaitPreview(Browser browser, WebElement marker, String after) {
		try {
			return browser.waitUpTo(Duration.ofSeconds(3)).until((driver) -> {
				String describedBy = marker.getDomAttribute("aria-describedby");
				List<WebElement> candidates = new ArrayList<>(browser.findAll(PREVIEW));
				if (describedBy != null && !describedBy.isBlank()) {
					candidates.addAll(browser.findAll("[id='" + describedBy.strip().split("\\s+")[0] + "']"));
				}
				return candidates.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
			});
		}
		catch (TimeoutException ex) {
			return fail("No reference preview became visible within 3 s of " + after
					+ " (looked for the element named by the marker's aria-describedby, and " + PREVIEW + ")");
		}
	}

	/** What a reference entry says, without its links (back-links, links out, the link to the source page). */
	private static String referenceText(Browser browser, WebElement entry) {
		return (String) browser.script("""
				const copy = arguments[0].cloneNode(true);
				copy.querySelectorAll('a').forEach((link) => link.remove());
				return copy.textContent;
				""", entry);
	}

	/** The first real word of a reference: usually the first author's family name. */
	private static String firstWord(String text) {
		return Arrays.stream(text.split("[^\\p{L}]+"))
			.filter((word) -> word.length() >= 3)
			.findFirst()
			.orElseThrow(() -> new AssertionError("reference entry has no words: " + text));
	}

	private static String fragmentOf(String href) {
		return href.substring(href.indexOf('#') + 1);
	}

	private static String pathOf(String href) {
		return href.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
	}

}
