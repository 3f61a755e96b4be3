package org.psychodynamiclibrary.model;

import java.util.List;

/**
 * The kind of work a source is. Each kind names the fields a reference to it cannot do without.
 */
public enum SourceType implements Coded {

	JOURNAL_ARTICLE("journal-article", "Journal article", List.of("container")),
	BOOK("book", "Book", List.of("publisher")),
	CHAPTER("chapter", "Book chapter", List.of("container")),
	REPORT("report", "Report", List.of()),
	WEB_PAGE("web-page", "Web page", List.of("url")),
	PRESS_RELEASE("press-release", "Press release", List.of("url")),
	LEAFLET("leaflet", "Leaflet", List.of("url"));

	private final String code;

	private final String label;

	private final List<String> requiredFields;

	SourceType(String code, String label, List<String> requiredFields) {
		this.code = code;
		this.label = label;
		this.requiredFields = requiredFields;
	}

	@Override
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** Fields this type needs besides those every source needs (type, authors, title, evidence). */
	public List<String> requiredFields() {
		return this.requiredFields;
	}

	/** Web pages and leaflets are often undated; every other kind of work needs its date. */
	public boolean needsDate() {
		return this != WEB_PAGE && this != LEAFLET;
	}

}
