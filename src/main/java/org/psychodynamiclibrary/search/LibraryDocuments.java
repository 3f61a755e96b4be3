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
import org.psychodynamiclibrary.article.Article;
import org.psychodynamiclibrary.content.ContentReader.LoadedContent;
import org.psychodynamiclibrary.search.SearchDocument.Kind;
import org.psychodynamiclibrary.source.Source;
import org.psychodynamiclibrary.topic.Topic;

/**
 * Makes search documents of the imported topics, articles and sources, from the HTML rendered at import: the
 * section headings (and an article's tags) go to {@code headings}, the rest of the text to {@code body}, a
 * line for each block. Topics come first, in navigation order, so topic counts on the results page follow
 * the navigation; then articles in reading order, then sources A-Z.
 */
final class LibraryDocuments {

	private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

	/** Numbered citation markers: their hidden text ("Reference 1: Shedler (2010)") is not prose. */
	private static final String CITATION_MARKERS = "sup.citation";

	private LibraryDocuments() {
	}

	static List<SearchDocument> of(LoadedContent content) {
		List<SearchDocument> documents = new ArrayList<>();
		content.topics()
			.stream()
			.sorted(Comparator.comparingInt(Topic::getPosition))
			.forEach((topic) -> documents.add(topic(topic)));
		content.articles()
			.stream()
			.sorted(Comparator.comparingInt((Article article) -> article.getTopic().getPosition())
				.thenComparingInt(Article::getPosition))
			.forEach((article) -> documents.add(article(article)));
		content.sources()
			.stream()
			.sorted(Comparator.comparing(Source::getSortName, String.CASE_INSENSITIVE_ORDER).thenComparing(Source::getKey))
			.forEach((source) -> documents.add(source(source)));
		return documents;
	}

	static SearchDocument topic(Topic topic) {
		Element body = Jsoup.parseBodyFragment(topic.getIntroductionHtml()).body();
		return new SearchDocument(Kind.TOPIC, topic.getUrl(), topic.getTitle(), topic.getSlug(), topic.getTitle(),
				headings(body, List.of()), topic.getSummary(), text(body));
	}

	static SearchDocument article(Article article) {
		Element body = Jsoup.parseBodyFragment(article.getBodyHtml()).body();
		for (Element marker : body.select(CITATION_MARKERS)) {
			// "a claim [@key]." renders as "a claim <sup>…</sup>.": drop the space too
			if (marker.previousSibling() instanceof TextNode before) {
				before.text(before.getWholeText().stripTrailing());
			}
			marker.remove();
		}
		Topic topic = article.getTopic();
		return new SearchDocument(Kind.ARTICLE, article.getUrl(), article.getTitle(), topic.getSlug(),
				topic.getTitle(), headings(body, article.getTags()), article.getSummary(), text(body));
	}

	/** A cited work: its authors stand in the headings, its reference is the summary, its annotation the body. */
	static SearchDocument source(Source source) {
		String reference = Jsoup.parseBodyFragment(source.getApaHtml()).body().text();
		Element annotation = Jsoup.parseBodyFragment(source.getAnnotationHtml()).body();
		return new SearchDocument(Kind.SOURCE, source.getPath(), source.getTitle(), null, null,
				source.getAuthorNames(), reference, text(annotation));
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
