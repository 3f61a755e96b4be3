package org.psychodynamiclibrary.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * One place an article marks a glossary term: the term, and the section it is marked in. Stored at import for
 * the entry's "Used in" list and for the descriptions an article page gives its marked terms.
 */
@Entity
public class TermUse {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private GlossaryTerm term;

	private String sectionAnchor;

	private String sectionTitle;

	private int position;

	protected TermUse() {
	}

	public TermUse(Article article, GlossaryTerm term, String sectionAnchor, String sectionTitle, int position) {
		this.article = article;
		this.term = term;
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

	public String getSectionAnchor() {
		return this.sectionAnchor;
	}

	public String getSectionTitle() {
		return this.sectionTitle;
	}

	public int getPosition() {
		return this.position;
	}

	/** The deep link to the section of the article where the term is used. */
	public String getUrl() {
		return this.article.getUrl() + ((this.sectionAnchor != null) ? "#" + this.sectionAnchor : "");
	}

}
