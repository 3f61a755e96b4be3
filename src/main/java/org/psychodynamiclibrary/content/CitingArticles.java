package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.psychodynamiclibrary.article.Article;
import org.psychodynamiclibrary.content.MarkdownRenderer.CitationProblem;
import org.psychodynamiclibrary.content.MarkdownRenderer.CitationUse;
import org.psychodynamiclibrary.content.MarkdownRenderer.RenderedMarkdown;
import org.psychodynamiclibrary.source.Citation;
import org.psychodynamiclibrary.source.Source;

/**
 * Checks the citations of each article against the sources and turns them into stored {@link Citation}s,
 * remembering which sources were cited so uncited ones can be reported.
 */
final class CitingArticles {

	private final MarkdownRenderer markdown;

	private final Map<String, Source> sources;

	private final Set<String> keys;

	private final ContentReport report;

	private final List<Citation> citations = new ArrayList<>();

	private final Set<String> cited = new HashSet<>();

	/**
	 * @param sources the sources that were read without errors
	 * @param keys the keys of every source file, broken ones included
	 */
	CitingArticles(MarkdownRenderer markdown, Map<String, Source> sources, Set<String> keys, ContentReport report) {
		this.markdown = markdown;
		this.sources = sources;
		this.keys = Set.copyOf(keys);
		this.report = report;
	}

	/** The renderer for article bodies: it knows every source's label. */
	MarkdownRenderer markdown() {
		return this.markdown;
	}

	void add(ContentFile file, Article article, RenderedMarkdown body) {
		for (CitationProblem problem : body.citationProblems()) {
			this.report.error(file.path(), file.fileLine(problem.line()), problem.message());
		}
		int position = 0;
		for (CitationUse use : body.citations()) {
			this.cited.add(use.key());
			Source source = this.sources.get(use.key());
			if (source == null && this.keys.contains(use.key())) {
				// the source file exists but is broken: its own errors are reported
				continue;
			}
			if (source == null) {
				this.report.error(file.path(), file.fileLine(use.line()), "unknown source key '@" + use.key() + "'"
						+ Suggestions.didYouMean(use.key(), this.keys)
						+ "; sources are the files in content/sources/");
				continue;
			}
			String anchor = (use.section() != null) ? use.section().id() : null;
			String title = (use.section() != null) ? use.section().title() : null;
			this.citations.add(new Citation(article, source, use.number(), use.markerId(), use.locator(), anchor, title,
					position++));
		}
	}

	boolean isCited(String key) {
		return this.cited.contains(key);
	}

	List<Citation> citations() {
		return List.copyOf(this.citations);
	}

	/** Records on each source how many articles cite it. */
	void countCitingArticles() {
		Map<Source, Set<Article>> citing = new HashMap<>();
		for (Citation citation : this.citations) {
			citing.computeIfAbsent(citation.getSource(), (source) -> new HashSet<>()).add(citation.getArticle());
		}
		citing.forEach((source, articles) -> source.citedByArticles(articles.size()));
	}

}
