package org.psychodynamiclibrary.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A reader searches with the box every page has, without JavaScript: results with the matched words marked,
 * the next page, a filter, a misspelling put right; and the search pages meet the same HTML and WCAG checks
 * as the pages the crawler reaches (it follows links, not forms).
 */
@BrowserTest
class SearchJourneysIT {

	private static final List<String> SEARCH_PAGES = List.of("/search", "/search?q=transference",
			"/search?q=therapist&kind=article&page=2", "/search?q=frued", "/search?q=xylophone",
			"/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%20AND%20(");

	@Test
	void searchFromAnyPageThenTurnThePageAndFilter(@JavaScriptDisabled Browser browser) {
		browser.open(PageTypes.ARTICLE);
		browser.find("header form[role=search] input[name=q]").sendKeys("therapist" + Keys.ENTER);
		// Enter submits the form; the results page loads after sendKeys returns
		browser.waitUpTo(Duration.ofSeconds(5)).until((driver) -> !browser.path().equals(PageTypes.ARTICLE));
		assertThat(browser.path()).isEqualTo("/search");
		assertThat(browser.heading()).isEqualTo("Search results for therapist");
		assertThat(browser.findAll("main .search-result")).as("results on the first page").hasSize(10);
		assertThat(browser.findAll("main .search-result__snippet mark")).as("matched words marked").isNotEmpty();
		browser.screenshot("search-results");

		browser.find("main a[rel=next]").click();
		assertThat(browser.find("main ol.search-results").getDomAttribute("start")).isEqualTo("11");

		browser.find("main .search-filters a[href*='kind=source']").click();
		List<WebElement> kinds = browser.findAll("main .search-result__meta");
		assertThat(kinds).as("results after choosing Sources").isNotEmpty();
		assertThat(kinds).allSatisfy((kind) -> assertThat(kind.getText()).isEqualTo("Source"));
	}

	@Test
	void misspellingIsPutRightAndNothingFoundOffersTheTopics(@JavaScriptDisabled Browser browser) {
		browser.open("/search?q=frued");
		WebElement suggestion = browser.find("main .search-suggestion a");
		assertThat(suggestion.getText()).isEqualTo("freud");
		suggestion.click();
		assertThat(browser.heading()).isEqualTo("Search results for freud");
		assertThat(browser.findAll("main .search-result")).isNotEmpty();

		browser.open("/search?q=xylophone");
		assertThat(browser.find("main .search-count").getText()).isEqualTo("0 results");
		assertThat(browser.findAll("main .topic-links a")).as("topics offered").isNotEmpty();
		browser.screenshot("search-nothing-found");
	}

	@Test
	void searchPagesMeetWcagLevelsAAndAA(Browser browser) {
		List<String> violations = new ArrayList<>();
		for (String page : SEARCH_PAGES) {
			browser.open(page);
			violations.addAll(Accessibility.violations(browser, page));
		}
		Problems.assertNone(violations);
	}

	@Test
	void searchPagesAreValidHtml(Browser browser) {
		HtmlChecker.missing().ifPresent((missing) -> {
			if (BrowserExtension.onCi()) {
				fail("CI=true and the HTML checker cannot run: " + missing);
			}
			Assumptions.abort("HTML check skipped: " + missing);
		});
		Map<String, String> pages = new LinkedHashMap<>();
		for (String page : SEARCH_PAGES) {
			pages.put(page, SiteCrawler.get(URI.create(browser.baseUrl() + page)).body());
		}
		Problems.assertNone(HtmlChecker.errors(pages).stream().map(HtmlChecker.Error::toString).toList());
	}

}
