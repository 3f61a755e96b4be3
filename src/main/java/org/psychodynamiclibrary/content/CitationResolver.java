package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.psychodynamiclibrary.content.MarkdownRenderer.CitationProblem;
import org.psychodynamiclibrary.content.MarkdownRenderer.CitationUse;
import org.psychodynamiclibrary.content.MarkdownRenderer.RenderedMarkdown;

/**
 * Checks each article's citations against the source files and turns them into {@link Library.Citation}s,
 * remembering which sources were cited so that uncited ones can be reported.
 */
final class CitationResolver {

	private final MarkdownRenderer markdown;

	private final Map<String, Library.Source> readable;

	private final Set<String> keys;

	private final ContentReport report;

	private final Set<String> cited = new HashSet<>();

	/**
	 * @param readable the sources that were read without errors, by key
	 * @param keys the keys of every source file, broken ones included
	 */
	CitationResolver(MarkdownRenderer markdown, Map<String, Library.Source> readable, Set<String> keys,
			ContentReport report) {
		this.markdown = markdown;
		this.readable = Map.copyOf(readable);
		this.keys = Set.copyOf(keys);
		this.report = report;
	}

	/** The renderer for article bodies: it knows every source's label. */
	MarkdownRenderer markdown() {
		return this.markdown;
	}

	List<Library.Citation> resolve(ContentFile file, RenderedMarkdown body) {
		for (CitationProblem problem : body.citationProblems()) {
			this.report.error(file.path(), file.fileLine(problem.line()), problem.message());
		}
		List<Library.Citation> citations = new ArrayList<>();
		for (CitationUse use : body.citations()) {
			this.cited.add(use.key());
			Library.Source source = this.readable.get(use.key());
			if (source != null) {
				PageLocator.problem(use.locator(), source.metadata())
					.ifPresent((problem) -> this.report.error(file.path(), file.fileLine(use.line()), problem));
				citations.add(new Library.Citation(use.key(), use.number(), use.markerId(), use.locator(), use.section()));
			}
			else if (!this.keys.contains(use.key())) {
				this.report.error(file.path(), file.fileLine(use.line()), "unknown source key '@" + use.key() + "'"
						+ Suggestions.didYouMean(use.key(), this.keys) + "; sources are the files in content/sources/");
			}
			// else: the source file exists but is broken, and its own errors are reported
		}
		return citations;
	}

	boolean isCited(String key) {
		return this.cited.contains(key);
	}

}
