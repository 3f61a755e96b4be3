package org.psychodynamiclibrary.content;

import java.util.List;
import java.util.Optional;

import org.psychodynamiclibrary.model.CiteThis;
import org.psychodynamiclibrary.model.Section;

/**
 * The library as values: everything a content folder holds, read, checked and rendered to HTML. Immutable, so the
 * importer can save it while the search index and the navigation are built from it on another thread.
 *
 * @param topics in file order
 * @param articles in file order
 * @param sources in file order
 * @param warnings problems that do not stop the library from being served (an uncited source)
 */
public record Library(List<Topic> topics, List<Article> articles, List<Source> sources,
		List<ContentProblem> warnings) {

	public Library {
		topics = List.copyOf(topics);
		articles = List.copyOf(articles);
		sources = List.copyOf(sources);
		warnings = List.copyOf(warnings);
	}

	public Optional<Topic> topic(String slug) {
		return this.topics.stream().filter((topic) -> topic.slug().equals(slug)).findFirst();
	}

	/** How many articles cite a source. */
	public int articlesCiting(String sourceKey) {
		return (int) this.articles.stream()
			.filter((article) -> article.citations().stream().anyMatch((use) -> use.sourceKey().equals(sourceKey)))
			.count();
	}

	public int citationCount() {
		return this.articles.stream().mapToInt((article) -> article.citations().size()).sum();
	}

	/** A topic file: its front matter and its introduction as HTML. */
	public record Topic(String slug, String title, String summary, int position, String introductionHtml) {
	}

	/**
	 * An article file: its front matter, its body as HTML with the level-two headings listed, "Cite this article",
	 * and every citation in reading order.
	 */
	public record Article(String slug, org.psychodynamiclibrary.model.Article.Metadata metadata, List<Section> sections,
			String bodyHtml, CiteThis citeThis, List<Citation> citations) {

		public Article {
			sections = List.copyOf(sections);
			citations = List.copyOf(citations);
		}

		public String topicSlug() {
			return this.metadata.topic();
		}

	}

	/** A source file: its bibliographic fields, its annotation as HTML, and its APA reference. */
	public record Source(org.psychodynamiclibrary.model.Source.Metadata metadata, String annotationHtml,
			String apaHtml) {

		public String key() {
			return this.metadata.key();
		}

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
