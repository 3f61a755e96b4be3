package org.psychodynamiclibrary.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.psychodynamiclibrary.model.Source;

/**
 * Checks that a page locator ({@code [@key, p. 12]}, {@code pp. 12-14}) falls inside the cited work's page range,
 * when the source gives one ({@code pages: 98-109}). Books, web pages and article numbers have no range to check.
 */
final class PageLocator {

	private static final Pattern PAGES = Pattern.compile("pp?\\.\\s*(.+)");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

	private PageLocator() {
	}

	/** What is wrong with a locator, or empty when it is in range or there is nothing to check. */
	static Optional<String> problem(String locator, Source.Metadata source) {
		Matcher pages = (locator != null) ? PAGES.matcher(locator.strip()) : null;
		Matcher range = (source.pages() != null) ? RANGE.matcher(source.pages().strip()) : null;
		if (pages == null || !pages.matches() || range == null || !range.matches()) {
			return Optional.empty();
		}
		int first = Integer.parseInt(range.group(1));
		int last = Integer.parseInt(range.group(2));
		Matcher page = NUMBER.matcher(pages.group(1));
		while (page.find()) {
			int number = Integer.parseInt(page.group());
			if (number < first || number > last) {
				return Optional.of("page " + number + " in [@" + source.key() + ", " + locator
						+ "] is outside the work's pages (" + source.pages() + "); check the page in the source, or"
						+ " the 'pages' in content/sources/" + source.key() + ".md");
			}
		}
		return Optional.empty();
	}

}
