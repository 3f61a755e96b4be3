package org.psychodynamiclibrary.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * One place an article or a glossary entry cites a source: the numbered marker (with its unique id, such as
 * {@code cite-3-b}), its locator, and the heading it sits under. Stored at import so reference lists and
 * "Cited in" pages need no Markdown at request time.
 */
@Entity
public class Citation {

	@Id
	@GeneratedValue
	private Long id;

	/** The citing article, or {@code null} when a glossary entry cites the source. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Article article;

	/** The citing glossary entry, or {@code null} when an article cites the source. */
	@ManyToOne(fetch = FetchType.LAZY)
	private GlossaryTerm term;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private int number;

	private String marker;

	private String locator;

	private String sectionAnchor;

	private String sectionTitle;

	private int position;

	protected Citation() {
	}

	/**
	 * @param number the reference number of the source in this article
	 * @param marker the id of the marker in the article's HTML, e.g. {@code cite-3-b}
	 * @param position the order of this use in the article
	 */
	public Citation(Article article, Source source, int number, String marker, String locator, String sectionAnchor,
			String sectionTitle, int position) {
		this(source, number, marker, locator, sectionAnchor, sectionTitle, position);
		this.article = article;
	}

	/** A citation in the definition of a glossary entry. */
	public Citation(GlossaryTerm term, Source source, int number, String marker, String locator, int position) {
		this(source, number, marker, locator, null, null, position);
		this.term = term;
	}

	private Citation(Source source, int number, String marker, String locator, String sectionAnchor,
			String sectionTitle, int position) {
		this.source = source;
		this.number = number;
		this.marker = marker;
		this.locator = locator;
		this.sectionAnchor = sectionAnchor;
		this.sectionTitle = sectionTitle;
		this.position = position;
	}

	public Article getArticle() {
		return this.article;
	}

	public GlossaryTerm getTerm() {
		return this.term;
	}

	/** The title of the citing page: the article's, or the glossary term. */
	public String getPageTitle() {
		return (this.article != null) ? this.article.getTitle() : this.term.getTerm();
	}

	/** The address of the citing page. */
	public String getPageUrl() {
		return (this.article != null) ? this.article.getUrl() : this.term.getUrl();
	}

	public Source getSource() {
		return this.source;
	}

	public int getNumber() {
		return this.number;
	}

	public String getMarker() {
		return this.marker;
	}

	/** The marker's letter, "a" for the first use of a source in an article. */
	public String getLetter() {
		return this.marker.substring(this.marker.lastIndexOf('-') + 1);
	}

	public String getLocator() {
		return this.locator;
	}

	public String getSectionAnchor() {
		return this.sectionAnchor;
	}

	public String getSectionTitle() {
		return this.sectionTitle;
	}

	public int getPosition() {
		return this.position;
	}

	/** The deep link to the marker in its page, e.g. {@code /articles/x#cite-3-a}. */
	public String getUrl() {
		return getPageUrl() + "#" + this.marker;
	}

}
