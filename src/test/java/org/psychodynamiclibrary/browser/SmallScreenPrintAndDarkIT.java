package org.psychodynamiclibrary.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same pages on a 375 px phone, on paper, and in a dark colour scheme.
 */
@BrowserTest
class SmallScreenPrintAndDarkIT {

	private static final String ARTICLE_WITH_REFERENCES = "/articles/what-is-psychodynamic-therapy";

	@Test
	void noKindOfPageScrollsSidewaysOnA375PixelPhone(Browser browser) {
		browser.emulatePhone(375, 812);
		List<String> problems = new ArrayList<>();
		for (String page : PageTypes.ALL) {
			browser.open(page);
			Map<?, ?> widths = (Map<?, ?>) browser.script("""
					const root = document.documentElement;
					return { scroll: root.scrollWidth, client: root.clientWidth };
					""");
			long client = ((Number) widths.get("client")).longValue();
			long scroll = ((Number) widths.get("scroll")).longValue();
			assertThat(client).as("viewport width on %s", page).isEqualTo(375);
			if (scroll > client) {
				problems.add(page + ": " + scroll + " px of content in a " + client + " px viewport; too wide: "
						+ browser.script("""
								const width = document.documentElement.clientWidth;
								const tooWide = (e) => e.getBoundingClientRect().right > width + 0.5;
								return [...document.querySelectorAll('body *')]
									.filter((e) => tooWide(e) && !(e.parentElement && tooWide(e.parentElement)))
									.slice(0, 5)
									.map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
										+ ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)')
									.join(', ');
								"""));
			}
			if (page.equals(PageTypes.ARTICLE)) {
				browser.screenshot("6-phone-article");
			}
		}
		Problems.assertNone(problems);
	}

	@Test
	void printingAnArticleShowsItsReferencesAndHidesNavigation(Browser browser) {
		browser.open(ARTICLE_WITH_REFERENCES);
		browser.emulateMedia("print");

		WebElement references = browser.driver()
			.findElement(By.xpath("//section[.//*[self::h2 or self::h3][normalize-space()='References']]"));
		assertThat(references.isDisplayed()).as("the References section in print").isTrue();
		assertThat(references.findElements(By.cssSelector("li")).stream().filter(WebElement::isDisplayed))
			.as("reference entries in print")
			.isNotEmpty();
		assertThat(browser.findAll("nav").stream().filter(WebElement::isDisplayed).map(browser::describe))
			.as("navigation shown in print")
			.isEmpty();
		browser.script("arguments[0].scrollIntoView();", references);
		browser.screenshot("6-print-article-references");
	}

	@Test
	void darkColourSchemeKeepsEveryKindOfPageReadable(Browser browser) {
		browser.emulateColourScheme("dark");
		List<String> problems = new ArrayList<>();
		for (String page : PageTypes.ALL) {
			browser.open(page);
			double luminance = ((Number) browser.script("""
					const colours = [document.body, document.documentElement]
						.map((e) => getComputedStyle(e).backgroundColor)
						.filter((c) => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent');
					const [r, g, b] = (colours[0] || 'rgb(255, 255, 255)').match(/[\\d.]+/g).map(Number)
						.map((v) => v / 255)
						.map((v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
					return 0.2126 * r + 0.7152 * g + 0.0722 * b;
					""")).doubleValue();
			if (luminance > 0.2) {
				problems.add(page + ": page background stays light in the dark colour scheme (luminance "
						+ String.format("%.2f", luminance) + ")");
			}
			problems.addAll(Accessibility.contrastViolations(browser, page));
			if (page.equals(PageTypes.ARTICLE)) {
				browser.screenshot("6-dark-article");
			}
		}
		Problems.assertNone(problems);
	}

}
