package org.psychodynamiclibrary.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A reader meets a word they do not know: the term is marked in the article, its one-sentence summary shows
 * beside it on hover, focus or tap (and goes with Esc), and the link leads to the full glossary entry, with
 * JavaScript or without. The glossary pages themselves pass the crawl's HTML and accessibility checks
 * ({@link SiteStandardsIT}, {@link AccessibilityIT}), since every page links to the glossary.
 */
@BrowserTest
class GlossaryJourneysIT {

	private static final String ARTICLE = "/articles/defence-mechanisms";

	private static final String TERM = ".prose a.term";

	private static final String PREVIEW = "#citation-preview";

	@Test
	void hoveringATermShowsItsSummaryAndEscapeClosesIt(Browser browser) {
		browser.open(ARTICLE);
		WebElement term = browser.find(TERM);
		String summary = summaryOf(browser, term);
		browser.hover(term);
		WebElement preview = awaitPreview(browser, "hovering over the first marked term");
		assertThat(preview.getText()).as("the preview").contains(summary).contains("Read the full entry");
		browser.screenshot("7-glossary-preview-on-hover");
		browser.press(Keys.ESCAPE);
		browser.awaitHidden(preview, "Escape while hovering");
		assertThat(term.getDomAttribute("aria-describedby")).as("the term keeps its own description")
			.isEqualTo("term-" + term.getDomAttribute("href").substring("/glossary/".length()));
	}

	@Test
	void focusingATermShowsItsSummaryAndEscapeKeepsFocusOnTheTerm(Browser browser) {
		browser.hoverNothing();
		browser.open(ARTICLE);
		String summary = summaryOf(browser, browser.find(TERM));
		WebElement term = browser.tabTo(TERM);
		WebElement preview = awaitPreview(browser, "focusing the first marked term with Tab");
		assertThat(preview.getText()).contains(summary);
		browser.press(Keys.ESCAPE);
		browser.awaitHidden(preview, "Escape while the term has focus");
		assertThat(browser.activeElement()).as("focus after Escape").isEqualTo(term);
	}

	@Test
	void onAPhoneTheFirstTapShowsTheSummaryAndTheLinkLeadsToTheEntry(Browser browser) {
		try {
			browser.emulatePhone(375, 800);
			browser.open(ARTICLE);
			WebElement term = browser.find(TERM);
			String entry = term.getDomAttribute("href");
			browser.script("arguments[0].scrollIntoView({block: 'center'});", term);
			browser.tap(term);
			WebElement preview = awaitPreview(browser, "tapping the first marked term at 375 px");
			assertThat(browser.path()).as("a first tap stays on the article").isEqualTo(ARTICLE);
			browser.screenshot("7-glossary-preview-on-tap-375");
			preview.findElement(org.openqa.selenium.By.linkText("Read the full entry")).click();
			assertThat(browser.path()).isEqualTo(entry);
		}
		finally {
			browser.reset();
		}
	}

	@Test
	void withoutJavaScriptATermIsALinkToItsEntry(@JavaScriptDisabled Browser browser) {
		browser.open(ARTICLE);
		WebElement term = browser.find(TERM);
		String entry = term.getDomAttribute("href");
		String word = term.getText();
		term.click();
		assertThat(browser.path()).isEqualTo(entry);
		assertThat(browser.find("h1").getText().toLowerCase()).as("the entry for '%s'", word)
			.startsWith(word.toLowerCase().substring(0, 4));
		assertThat(browser.findAll(".used-in a[href^='" + ARTICLE + "']")).as("the entry lists the article under Used in")
			.isNotEmpty();
		browser.screenshot("7-glossary-entry");
	}

	/** The hidden summary that describes a term, as screen readers hear it. */
	private static String summaryOf(Browser browser, WebElement term) {
		return (String) browser.script(
				"return document.getElementById(arguments[0].getAttribute('aria-describedby')).textContent;", term);
	}

	private static WebElement awaitPreview(Browser browser, String after) {
		try {
			return browser.waitUpTo(Duration.ofSeconds(3))
				.until((driver) -> browser.findAll(PREVIEW).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
		}
		catch (TimeoutException ex) {
			return fail("No glossary preview became visible within 3 s of " + after);
		}
	}

}
