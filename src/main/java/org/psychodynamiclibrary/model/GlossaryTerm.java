package org.psychodynamiclibrary.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;

/**
 * A glossary entry as stored after import: the term, the other forms it goes by, a one-sentence summary (the
 * preview where the term is marked in an article) and its definition rendered to HTML.
 */
@Entity
public class GlossaryTerm {

	@Id
	@GeneratedValue
	private Long id;

	@Column(unique = true, nullable = false)
	private String slug;

	private String term;

	@Column(length = 1000)
	private String summary;

	@ElementCollection
	@CollectionTable(name = "glossary_alias")
	@OrderColumn
	private List<String> aliases = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "glossary_see_also")
	@OrderColumn
	private List<String> seeAlso = new ArrayList<>();

	private String articleSlug;

	@Lob
	private String definitionHtml;

	protected GlossaryTerm() {
	}

	/**
	 * @param articleSlug the article that covers the term fully, or {@code null}
	 */
	public GlossaryTerm(String slug, String term, String summary, List<String> aliases, List<String> seeAlso,
			String articleSlug, String definitionHtml) {
		this.slug = slug;
		this.term = term;
		this.summary = summary;
		this.aliases = new ArrayList<>(aliases);
		this.seeAlso = new ArrayList<>(seeAlso);
		this.articleSlug = articleSlug;
		this.definitionHtml = definitionHtml;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTerm() {
		return this.term;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

	public List<String> getSeeAlso() {
		return this.seeAlso;
	}

	public String getArticleSlug() {
		return this.articleSlug;
	}

	public String getDefinitionHtml() {
		return this.definitionHtml;
	}

	public String getUrl() {
		return url(this.slug);
	}

	/** The address of a glossary entry. */
	public static String url(String slug) {
		return "/glossary/" + slug;
	}

	public String getDescriptionId() {
		return descriptionId(this.slug);
	}

	/** The id of the hidden element that describes a marked term on an article page. */
	public static String descriptionId(String slug) {
		return "term-" + slug;
	}

}
