package org.psychodynamiclibrary.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;

/**
 * A cited work as stored after import: its bibliographic fields, its annotation rendered to HTML, and its
 * APA 7 reference, formatted once at import.
 */
@Entity
public class Source {

	@Id
	@GeneratedValue
	private Long id;

	@Column(name = "source_key", unique = true, nullable = false)
	private String key;

	@Enumerated(EnumType.STRING)
	private SourceType type;

	@ElementCollection
	@CollectionTable(name = "source_author")
	@OrderColumn
	private List<Person> authors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "source_editor")
	@OrderColumn
	private List<Person> editors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "source_translator")
	@OrderColumn
	private List<Person> translators = new ArrayList<>();

	@Column(length = 1000)
	private String title;

	@Column(length = 1000)
	private String container;

	private String publisher;

	private String place;

	private String issued;

	private String volume;

	private String issue;

	private String pages;

	private String edition;

	private String doi;

	private String pmid;

	private String pmcid;

	private String isbn;

	@Column(length = 1000)
	private String url;

	private LocalDate accessed;

	@Enumerated(EnumType.STRING)
	private Evidence evidence;

	@Enumerated(EnumType.STRING)
	private Verification verification;

	@ElementCollection
	@CollectionTable(name = "source_finding")
	@OrderColumn
	private List<Finding> findings = new ArrayList<>();

	@Lob
	private String annotationHtml;

	@Column(length = 4000)
	private String apaHtml;

	private String shortLabel;

	private String sortName;

	private int articleCount;

	protected Source() {
	}

	/**
	 * @param verification how well the source was checked, or {@code null} when its file does not say
	 * @param findings the results the source reports, as data
	 * @param articleCount how many articles cite this source
	 */
	public Source(Metadata metadata, String annotationHtml, String apaHtml, Verification verification,
			List<Finding> findings, int articleCount) {
		this.verification = verification;
		this.findings = new ArrayList<>(findings);
		this.key = metadata.key();
		this.type = metadata.type();
		this.authors = new ArrayList<>(metadata.authors());
		this.editors = new ArrayList<>(metadata.editors());
		this.translators = new ArrayList<>(metadata.translators());
		this.title = metadata.title();
		this.container = metadata.container();
		this.publisher = metadata.publisher();
		this.place = metadata.place();
		this.issued = metadata.issued();
		this.volume = metadata.volume();
		this.issue = metadata.issue();
		this.pages = metadata.pages();
		this.edition = metadata.edition();
		this.doi = metadata.doi();
		this.pmid = metadata.pmid();
		this.pmcid = metadata.pmcid();
		this.isbn = metadata.isbn();
		this.url = metadata.url();
		this.accessed = metadata.accessed();
		this.evidence = metadata.evidence();
		this.annotationHtml = annotationHtml;
		this.apaHtml = apaHtml;
		this.shortLabel = metadata.shortLabel();
		this.sortName = metadata.sortName();
		this.articleCount = articleCount;
	}

	/** How many articles cite this source. */
	public int getArticleCount() {
		return this.articleCount;
	}

	/**
	 * The fields of a source file.
	 *
	 * @param issued a year ({@code 2010}) or an ISO date ({@code 2024-09-02}), or {@code null} when undated
	 */
	public record Metadata(String key, SourceType type, List<Person> authors, List<Person> editors,
			List<Person> translators, String title,
			String container, String publisher, String place, String issued, String volume, String issue,
			String pages, String edition, String doi, String pmid, String pmcid, String isbn, String url,
			LocalDate accessed, Evidence evidence) {

		/** A page of a website, dated by its last review. */
		public static Metadata webPage(String key, Person author, String title, String website, LocalDate reviewed,
				String url) {
			return new Metadata(key, SourceType.WEB_PAGE, List.of(author), List.of(), List.of(), title, website, null, null,
					reviewed.toString(), null, null, null, null, null, null, null, null, url, null, null);
		}

		/** The year of publication, or {@code null} when the work is undated. */
		public Integer year() {
			return (this.issued != null) ? Integer.valueOf(this.issued.substring(0, 4)) : null;
		}

		/** The first author's family or organisation name (or the title), for sorting and grouping A–Z. */
		public String sortName() {
			return this.authors.isEmpty() ? this.title : this.authors.get(0).sortName();
		}

		/** The authors as they read in a sentence: "Jonathan Shedler, …". */
		public String authorNames() {
			return this.authors.stream()
				.map((person) -> person.isOrganisation() ? person.literal() : person.given() + " " + person.family())
				.collect(Collectors.joining(", "));
		}

		/** A short author–date label such as "Shedler (2010)" or "Leichsenring et al. (2023)". */
		public String shortLabel() {
			String names = switch (this.authors.size()) {
				case 0 -> this.title;
				case 1 -> this.authors.get(0).sortName();
				case 2 -> this.authors.get(0).sortName() + " & " + this.authors.get(1).sortName();
				default -> this.authors.get(0).sortName() + " et al.";
			};
			return names + " (" + ((this.issued != null) ? year() : "n.d.") + ")";
		}

	}

	public Metadata metadata() {
		return new Metadata(this.key, this.type, List.copyOf(this.authors), List.copyOf(this.editors),
				List.copyOf(this.translators), this.title,
				this.container, this.publisher, this.place, this.issued, this.volume, this.issue, this.pages,
				this.edition, this.doi, this.pmid, this.pmcid, this.isbn, this.url, this.accessed, this.evidence);
	}

	public String getKey() {
		return this.key;
	}

	public SourceType getType() {
		return this.type;
	}

	public List<Person> getAuthors() {
		return this.authors;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDoi() {
		return this.doi;
	}

	public String getPmid() {
		return this.pmid;
	}

	public String getPmcid() {
		return this.pmcid;
	}

	public String getIsbn() {
		return this.isbn;
	}

	public String getUrl() {
		return this.url;
	}

	public Evidence getEvidence() {
		return this.evidence;
	}

	public Verification getVerification() {
		return this.verification;
	}

	/** The results this source reports, as data. */
	public List<Finding> getFindings() {
		return this.findings;
	}

	public String getAnnotationHtml() {
		return this.annotationHtml;
	}

	public String getApaHtml() {
		return this.apaHtml;
	}

	/** A short author–date label, e.g. "Shedler (2010)". */
	public String getShortLabel() {
		return this.shortLabel;
	}

	/** The first author's family or organisation name, for sorting and grouping A–Z. */
	public String getSortName() {
		return this.sortName;
	}

	public String getAuthorNames() {
		return metadata().authorNames();
	}

	public String getDoiUrl() {
		return (this.doi != null) ? "https://doi.org/" + this.doi : null;
	}

	public String getPubmedUrl() {
		return (this.pmid != null) ? "https://pubmed.ncbi.nlm.nih.gov/" + this.pmid + "/" : null;
	}

	public String getPmcUrl() {
		return (this.pmcid != null) ? "https://www.ncbi.nlm.nih.gov/pmc/articles/" + this.pmcid + "/" : null;
	}

	/** The URL when it adds something the DOI link does not already give. */
	public String getOtherUrl() {
		return (this.url != null && !this.url.equals(getDoiUrl())) ? this.url : null;
	}

	public String getPath() {
		return path(this.key);
	}

	/** The address of a source's page. */
	public static String path(String key) {
		return "/sources/" + key;
	}

}
