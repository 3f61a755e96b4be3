package org.psychodynamiclibrary.browser;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules, run in the browser on the page it shows.
 */
final class Accessibility {

	static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/** Every WCAG A/AA violation on the page the browser shows, one line per element, naming the page. */
	static List<String> violations(Browser browser, String page) {
		return describe(page, axe().withTags(WCAG_A_AND_AA).analyze(browser.driver()));
	}

	/** Violations of the colour contrast rule alone, in whatever colour scheme the browser emulates. */
	static List<String> contrastViolations(Browser browser, String page) {
		return describe(page, axe().withOnlyRules(List.of("color-contrast")).analyze(browser.driver()));
	}

	/**
	 * axe run in the page itself ("legacy mode": the site has no iframes, so nothing is missed, and no blank window
	 * is opened to merge frame results for every page), asked for violations only.
	 */
	private static AxeBuilder axe() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder().withOptions(options).setLegacyMode(true);
	}

	private static List<String> describe(String page, Results results) {
		if (results.isErrored()) {
			throw new IllegalStateException("axe could not check " + page + ": " + results.getErrorMessage());
		}
		return results.getViolations().stream().flatMap((rule) -> describe(page, rule).stream()).toList();
	}

	private static List<String> describe(String page, Rule rule) {
		return rule.getNodes().stream().map((node) -> describe(page, rule, node)).toList();
	}

	private static String describe(String page, Rule rule, CheckedNode node) {
		String summary = (node.getFailureSummary() != null) ? node.getFailureSummary().replaceAll("\\s+", " ") : "";
		return page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at " + node.getTarget()
				+ " " + node.getHtml().replaceAll("\\s+", " ") + (summary.isEmpty() ? "" : " — " + summary);
	}

}
