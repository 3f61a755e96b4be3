package org.psychodynamiclibrary.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * An article as stored after import: its metadata and its body already rendered to HTML.
 */
@Entity
public class Article {

	@Id
	@GeneratedValue
	private Long id;

	@Column(unique = true, nullable = false)
	private String slug;

	private String title;

	@Column(length = 1000)
	private String summary;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Topic topic;

	private int position;

	@ElementCollection
	@OrderColumn
	private List<String> tags = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<String> relatedSlugs = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<Section> sections = new ArrayList<>();

	private LocalDate firstPublished;

	private LocalDate lastReviewed;

	private LocalDate nextReview;

	private String author;

	private String reviewer;

	@Lob
	private String bodyHtml;

	@Embedded
	private CiteThis citeThis;

	protected Article() {
	}

	public Article(String slug, Metadata metadata, Topic topic, List<Section> sections, String bodyHtml,
			CiteThis citeThis) {
		this.slug = slug;
		this.title = metadata.title();
		this.summary = metadata.summary();
		this.topic = topic;
		this.position = metadata.order();
		this.tags = new ArrayList<>(metadata.tags());
		this.relatedSlugs = new ArrayList<>(metadata.related());
		this.firstPublished = metadata.firstPublished();
		this.lastReviewed = metadata.lastReviewed();
		this.nextReview = metadata.nextReview();
		this.author = metadata.author();
		this.reviewer = metadata.reviewer();
		this.sections = new ArrayList<>(sections);
		this.bodyHtml = bodyHtml;
		this.citeThis = citeThis;
	}

	/** The front matter of an article file. */
	public record Metadata(String title, String summary, String topic, int order, List<String> tags,
			List<String> related, LocalDate firstPublished, LocalDate lastReviewed, LocalDate nextReview,
			String author, String reviewer) {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public int getPosition() {
		return this.position;
	}

	public List<String> getTags() {
		return this.tags;
	}

	public List<String> getRelatedSlugs() {
		return this.relatedSlugs;
	}

	public List<Section> getSections() {
		return this.sections;
	}

	public LocalDate getFirstPublished() {
		return this.firstPublished;
	}

	public LocalDate getLastReviewed() {
		return this.lastReviewed;
	}

	public LocalDate getNextReview() {
		return this.nextReview;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getReviewer() {
		return this.reviewer;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public CiteThis getCiteThis() {
		return this.citeThis;
	}

	public String getUrl() {
		return url(this.slug);
	}

	/** The article as a list shows it. */
	public ArticleEntry entry() {
		return new ArticleEntry(this.slug, this.title, this.summary);
	}

	/** The address of an article's page. */
	public static String url(String slug) {
		return "/articles/" + slug;
	}

}
