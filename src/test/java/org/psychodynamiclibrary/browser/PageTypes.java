package org.psychodynamiclibrary.browser;

import java.util.List;

/**
 * One real page of each kind the site has, from the shipped content: what a phone, print or dark-mode check
 * must hold for.
 */
final class PageTypes {

	static final String ARTICLE = "/articles/transference-and-countertransference";

	/** An article with an embedded chart of findings. */
	static final String ARTICLE_WITH_CHART = "/articles/depression";

	static final List<String> ALL = List.of("/", "/topics", "/topics/concepts", ARTICLE, ARTICLE_WITH_CHART, "/sources",
			"/sources/shedler2010", "/glossary", "/glossary/transference", "/evidence", "/search?q=defence",
			"/help", "/about", SiteCrawler.MISTYPED_ADDRESS);

	private PageTypes() {
	}

}
