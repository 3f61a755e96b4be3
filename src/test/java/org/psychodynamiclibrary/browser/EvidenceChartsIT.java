package org.psychodynamiclibrary.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence charts as readers see them: on the evidence page and in an article, at 1280 and 375 pixels, light
 * and dark, saved to {@code target/screenshots/} for people to look at. On a phone a chart scrolls sideways inside
 * its own region, which the keyboard can reach, and the table beside it stacks. (No page scrolls sideways, and
 * dark mode keeps contrast: {@link SmallScreenPrintAndDarkIT}; axe and the HTML checker: the crawl.)
 */
@BrowserTest
class EvidenceChartsIT {

	@Test
	void chartsAtDesktopAndPhoneWidthsInLightAndDark(Browser browser) {
		try {
			for (String scheme : new String[] { "light", "dark" }) {
				browser.emulateColourScheme(scheme);
				for (int width : new int[] { 1280, 375 }) {
					if (width == 375) {
						browser.emulatePhone(375, 812);
					}
					browser.open("/evidence");
					WebElement chart = browser.find(".findings__chart");
					assertThat(chart.isDisplayed()).isTrue();
					assertThat(chart.getDomAttribute("tabindex")).as("a scrollable chart can be reached by keyboard")
						.isEqualTo("0");
					assertThat(chart.findElement(org.openqa.selenium.By.cssSelector("svg")).getSize().getHeight())
						.as("the chart is drawn").isGreaterThan(100);
					browser.script("arguments[0].scrollIntoView();", chart);
					browser.screenshot("8-evidence-" + width + "-" + scheme);
					browser.open(PageTypes.ARTICLE_WITH_CHART);
					browser.script("arguments[0].scrollIntoView();", browser.find(".prose figure.findings"));
					browser.screenshot("8-article-chart-" + width + "-" + scheme);
				}
				browser.reset();
			}
		}
		finally {
			browser.reset();
		}
	}

}
