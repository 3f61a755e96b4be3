package org.psychodynamiclibrary.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.psychodynamiclibrary.content.Library;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.GlossaryTerm;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.Topic;
import org.psychodynamiclibrary.search.SearchDocument.Kind;

/**
 * Makes search documents of the library's topics, articles, glossary entries and sources, from the HTML rendered
 * at import: the section headings (and an article's tags) go to {@code headings}, the rest of the text to
 * {@code body}, a line for each block. Topics come first, in navigation order, so topic counts on the results
 * page follow the navigation; then articles in reading order, glossary entries and sources A-Z.
 */
final class SearchDocuments {

	private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

	/** Numbered citation markers: their hidden text ("Reference 1: Shedler (2010)") is not prose. */
	private static final String CITATION_MARKERS = "sup.citation";

	private SearchDocuments() {
	}

	static List<SearchDocument> of(Library library) {
		List<SearchDocument> documents = new ArrayList<>();
		List<Library.Topic> topics = library.topics()
			.stream()
			.sorted(Comparator.comparingInt(Library.Topic::position))
			.toList();
		topics.forEach((topic) -> documents.add(topic(topic)));
		library.articles()
			.stream()
			.sorted(Comparator.comparingInt((Library.Article article) -> topics.indexOf(topicOf(library, article)))
				.thenComparingInt((article) -> article.metadata().order()))
			.forEach((article) -> documents.add(article(article, topicOf(library, article))));
		library.glossary()
			.stream()
			.sorted(Comparator.comparing(Library.Term::term, String.CASE_INSENSITIVE_ORDER))
			.forEach((term) -> documents.add(term(term)));
		library.sources()
			.stream()
			.sorted(Comparator.comparing((Library.Source source) -> source.metadata().sortName(), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Library.Source::key))
			.forEach((source) -> documents.add(source(source)));
		return documents;
	}

	private static Library.Topic topicOf(Library library, Library.Article article) {
		return library.topic(article.topicSlug()).orElseThrow();
	}

	static SearchDocument topic(Library.Topic topic) {
		Element body = Jsoup.parseBodyFragment(topic.introductionHtml()).body();
		return new SearchDocument(Kind.TOPIC, Topic.url(topic.slug()), topic.title(), topic.slug(), topic.title(),
				headings(body, List.of()), topic.summary(), text(body));
	}

	static SearchDocument article(Library.Article article, Library.Topic topic) {
		Element body = Jsoup.parseBodyFragment(article.bodyHtml()).body();
		for (Element marker : body.select(CITATION_MARKERS)) {
			// "a claim [@key]." renders as "a claim <sup>…</sup>.": drop the space too
			if (marker.previousSibling() instanceof TextNode before) {
				before.text(before.getWholeText().stripTrailing());
			}
			marker.remove();
		}
		return new SearchDocument(Kind.ARTICLE, Article.url(article.slug()), article.metadata().title(), topic.slug(),
				topic.title(), headings(body, article.metadata().tags()), article.metadata().summary(), text(body));
	}

	/** A glossary entry: its other names stand in the headings, its summary is the summary. */
	static SearchDocument term(Library.Term term) {
		Element definition = Jsoup.parseBodyFragment(term.definitionHtml()).body();
		definition.select(CITATION_MARKERS).remove();
		return new SearchDocument(Kind.TERM, GlossaryTerm.url(term.slug()), term.term(), null, null,
				String.join("\n", term.aliases()), term.summary(), text(definition));
	}

	/** A cited work: its authors stand in the headings, its reference is the summary, its annotation the body. */
	static SearchDocument source(Library.Source source) {
		String reference = Jsoup.parseBodyFragment(source.apaHtml()).body().text();
		Element annotation = Jsoup.parseBodyFragment(source.annotationHtml()).body();
		return new SearchDocument(Kind.SOURCE, Source.path(source.key()), source.metadata().title(), null, null,
				source.metadata().authorNames(), reference, text(annotation));
	}

	/** The text, a line for each paragraph, list item or other block, so that snippets do not run blocks together. */
	private static String text(Element body) {
		StringBuilder text = new StringBuilder();
		body.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.text());
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.isBlock()) {
					text.append('\n');
				}
			}

		});
		return text.toString()
			.lines()
			.map((line) -> line.replaceAll("\\s+", " ").strip())
			.filter((line) -> !line.isEmpty())
			.collect(Collectors.joining("\n"));
	}

	/** The headings' text, one a line, then the tags; the headings are taken out of the body. */
	private static String headings(Element body, List<String> tags) {
		Elements headings = body.select(HEADINGS);
		List<String> lines = new ArrayList<>(headings.eachText());
		lines.addAll(tags);
		headings.remove();
		return String.join("\n", lines);
	}

}
