package org.psychodynamiclibrary.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.browser.SiteCrawler.Page;
import org.psychodynamiclibrary.browser.SiteCrawler.Site;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on every page a reader can reach from the home page, and on
 * the page a mistyped address shows.
 */
@BrowserTest
class AccessibilityIT {

	@Test
	void everyPageMeetsWcagLevelsAAndAA(Browser browser) {
		Site site = SiteCrawler.crawl(browser.baseUrl());
		List<Page> pages = site.htmlPages();
		assertThat(pages).as("pages crawled").hasSizeGreaterThan(1);
		List<String> violations = new ArrayList<>();
		for (Page page : pages) {
			String name = site.name(page.uri());
			browser.open(name);
			violations.addAll(Accessibility.violations(browser, name));
		}
		Problems.assertNone(violations);
	}

}
