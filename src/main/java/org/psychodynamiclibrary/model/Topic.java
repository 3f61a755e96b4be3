package org.psychodynamiclibrary.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/**
 * A topic groups articles for browsing: start here, concepts, techniques, benefits, limitations.
 */
@Entity
public class Topic {

	@Id
	@GeneratedValue
	private Long id;

	@Column(unique = true, nullable = false)
	private String slug;

	private String title;

	@Column(length = 1000)
	private String summary;

	private int position;

	@Lob
	private String introductionHtml;

	protected Topic() {
	}

	public Topic(String slug, String title, String summary, int position, String introductionHtml) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.position = position;
		this.introductionHtml = introductionHtml;
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

	public int getPosition() {
		return this.position;
	}

	public String getIntroductionHtml() {
		return this.introductionHtml;
	}

	public String getUrl() {
		return url(this.slug);
	}

	/** The address of a topic's page. */
	public static String url(String slug) {
		return "/topics/" + slug;
	}

}
