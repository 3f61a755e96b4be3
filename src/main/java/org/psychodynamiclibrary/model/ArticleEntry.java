package org.psychodynamiclibrary.model;

/**
 * An article as a list shows it: its title, linked, and its summary.
 */
public record ArticleEntry(String slug, String title, String summary) {

	public String url() {
		return Article.url(this.slug);
	}

}
