package org.psychodynamiclibrary.browser;

import java.util.List;

/**
 * One real page of each kind the site has, from the shipped content: what a phone, print or dark-mode check
 * must hold for.
 */
final class PageTypes {

	static final String ARTICLE = "/articles/transference-and-countertransference";

	static final List<String> ALL = List.of("/", "/topics", "/topics/concepts", ARTICLE, "/sources",
			"/sources/shedler2010", "/help", "/about", SiteCrawler.MISTYPED_ADDRESS);

	private PageTypes() {
	}

}
