package org.psychodynamiclibrary.cite;

import java.time.LocalDate;

import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;

/**
 * An article of this library as a citable work: a page of the site, by its author (the editorial team unless
 * named), dated by its last review. The one description behind "Cite this article" and the article's BibTeX and
 * RIS downloads.
 */
public final class CitableArticle {

	private CitableArticle() {
	}

	public static Source.Metadata of(String slug, String title, String author, LocalDate lastReviewed,
			String baseUrl) {
		Person by = Person.organisation((author != null) ? author : LibraryProperties.SITE_NAME);
		return Source.Metadata.webPage(slug, by, title, LibraryProperties.SITE_NAME, lastReviewed,
				baseUrl + Article.url(slug));
	}

}
