package org.psychodynamiclibrary.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.psychodynamiclibrary.model.CiteThis;
import org.psychodynamiclibrary.model.Finding;
import org.psychodynamiclibrary.model.Section;
import org.psychodynamiclibrary.model.Verification;

/**
 * The library as values: everything a content folder holds, read, checked and rendered to HTML. Immutable, so the
 * importer can save it while the search index and the navigation are built from it on another thread.
 *
 * @param topics in file order
 * @param articles in file order
 * @param sources in file order
 * @param warnings problems that do not stop the library from being served (an uncited source)
 */
public record Library(List<Topic> topics, List<Article> articles, List<Source> sources, List<Term> glossary,
		List<ContentProblem> warnings) {

	public Library {
		topics = List.copyOf(topics);
		articles = List.copyOf(articles);
		sources = List.copyOf(sources);
		glossary = List.copyOf(glossary);
		warnings = List.copyOf(warnings);
	}

	/** A library without a glossary. */
	public Library(List<Topic> topics, List<Article> articles, List<Source> sources, List<ContentProblem> warnings) {
		this(topics, articles, sources, List.of(), warnings);
	}

	public Optional<Topic> topic(String slug) {
		return this.topics.stream().filter((topic) -> topic.slug().equals(slug)).findFirst();
	}

	/** How many articles cite each source that is cited at all, by key. */
	public Map<String, Integer> articlesCitingEachSource() {
		Map<String, Integer> counts = new HashMap<>();
		for (Article article : this.articles) {
			article.citations()
				.stream()
				.map(Citation::sourceKey)
				.distinct()
				.forEach((key) -> counts.merge(key, 1, Integer::sum));
		}
		return counts;
	}

	public int citationCount() {
		return this.articles.stream().mapToInt((article) -> article.citations().size()).sum()
				+ this.glossary.stream().mapToInt((term) -> term.citations().size()).sum();
	}

	/** A topic file: its front matter and its introduction as HTML. */
	public record Topic(String slug, String title, String summary, int position, String introductionHtml) {
	}

	/**
	 * An article file: its front matter, its body as HTML with the level-two headings listed, "Cite this article",
	 * every citation and every marked glossary term in reading order.
	 */
	public record Article(String slug, org.psychodynamiclibrary.model.Article.Metadata metadata, List<Section> sections,
			String bodyHtml, CiteThis citeThis, List<Citation> citations, List<TermUse> terms) {

		public Article {
			sections = List.copyOf(sections);
			citations = List.copyOf(citations);
			terms = List.copyOf(terms);
		}

		/** An article that marks no glossary term. */
		public Article(String slug, org.psychodynamiclibrary.model.Article.Metadata metadata, List<Section> sections,
				String bodyHtml, CiteThis citeThis, List<Citation> citations) {
			this(slug, metadata, sections, bodyHtml, citeThis, citations, List.of());
		}

		public String topicSlug() {
			return this.metadata.topic();
		}

	}

	/**
	 * A source file: its bibliographic fields, its annotation as HTML, its APA reference, how well it was checked
	 * ({@code null} when the file does not say), and the findings it reports as data.
	 */
	public record Source(org.psychodynamiclibrary.model.Source.Metadata metadata, String annotationHtml,
			String apaHtml, Verification verification, List<Finding> findings) {

		public Source {
			findings = List.copyOf(findings);
		}

		public Source(org.psychodynamiclibrary.model.Source.Metadata metadata, String annotationHtml, String apaHtml) {
			this(metadata, annotationHtml, apaHtml, null, List.of());
		}

		public String key() {
			return this.metadata.key();
		}

	}

	/**
	 * A glossary file: the term, the other forms it goes by, the one-sentence summary, related entries, the
	 * article that covers it fully ({@code null} if none), and the definition as HTML with its citations.
	 */
	public record Term(String slug, String term, List<String> aliases, String summary, List<String> seeAlso,
			String article, String definitionHtml, List<Citation> citations) {

		public Term {
			aliases = List.copyOf(aliases);
			seeAlso = List.copyOf(seeAlso);
			citations = List.copyOf(citations);
		}

	}

	/**
	 * A glossary term marked in an article.
	 *
	 * @param section the heading it is marked under, or {@code null} before the first heading
	 */
	public record TermUse(String slug, Section section) {
	}

	/**
	 * One marker in an article's text that cites a source.
	 *
	 * @param number the source's reference number in the article
	 * @param marker the marker's id in the article's HTML, e.g. {@code cite-3-b}
	 * @param section the heading it sits under, or {@code null} before the first heading
	 */
	public record Citation(String sourceKey, int number, String marker, String locator, Section section) {
	}

}
