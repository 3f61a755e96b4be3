package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.psychodynamiclibrary.model.Section;

/**
 * Turns an article's Markdown into HTML once, at import. Configured once and thread-safe.
 * <p>
 * Raw HTML in Markdown is escaped, so it shows as text and never reaches a page as markup. Headings get
 * unique ids (repeats are numbered) and no anchor links, so there are no empty links.
 */
public final class MarkdownRenderer {

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final MutableDataSet options;

	public MarkdownRenderer(List<Extension> extraExtensions) {
		List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), TocExtension.create(),
				TypographicExtension.create(), AutolinkExtension.create()));
		extensions.addAll(extraExtensions);
		this.options = new MutableDataSet().set(Parser.EXTENSIONS, extensions)
			.set(HtmlRenderer.ESCAPE_HTML, true)
			.set(HtmlRenderer.GENERATE_HEADER_ID, true)
			.set(HtmlRenderer.RENDER_HEADER_ID, true)
			.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_")
			.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
			.set(TablesExtension.CLASS_NAME, "table")
			.set(TocExtension.LEVELS, 4 | 8)
			.toImmutable()
			.toMutable();
		this.parser = Parser.builder(this.options).build();
		this.renderer = HtmlRenderer.builder(this.options).build();
	}

	public MarkdownRenderer() {
		this(List.of());
	}

	/**
	 * A renderer that also reads citations, for article bodies.
	 * @param labels a short author–date label for each source key, e.g. "Shedler (2010)"
	 */
	public static MarkdownRenderer withCitations(java.util.Map<String, String> labels) {
		return new MarkdownRenderer(List.of(new CitationExtension(labels)));
	}

	/**
	 * A renderer for article bodies: citations, glossary terms marked by the author and (when {@code autoMark})
	 * at their first use in each section, and {@code :::findings} directives drawn with the given findings.
	 */
	static MarkdownRenderer forArticles(java.util.Map<String, String> labels, Glossary glossary, boolean autoMark,
			java.util.function.Function<FindingsDirective.Request, FindingsDirective.Rendered> findings) {
		return new MarkdownRenderer(List.of(new CitationExtension(labels), new GlossaryExtension(glossary, autoMark),
				new FindingsDirective(findings)));
	}

	public Document parse(String markdown) {
		return this.parser.parse(markdown);
	}

	public RenderedMarkdown render(Document document) {
		HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
		ids.generateIds(document);
		Walk walk = new Walk(ids);
		walk.visit(document);
		return new RenderedMarkdown(this.renderer.render(document), walk.sections, walk.links, walk.topLevelHeadings,
				walk.citations, walk.citationProblems, walk.terms, walk.directiveProblems);
	}

	public RenderedMarkdown render(String markdown) {
		return render(parse(markdown));
	}

	/** One pass over the AST that collects what the reader checks and stores. */
	private static final class Walk {

		private final HeaderIdGenerator ids;

		private final List<Section> sections = new ArrayList<>();

		private final List<LinkReference> links = new ArrayList<>();

		private final List<Integer> topLevelHeadings = new ArrayList<>();

		private final List<CitationUse> citations = new ArrayList<>();

		private final List<CitationProblem> citationProblems = new ArrayList<>();

		private final List<TermMark> terms = new ArrayList<>();

		private final List<CitationProblem> directiveProblems = new ArrayList<>();

		private Section heading;

		Walk(HeaderIdGenerator ids) {
			this.ids = ids;
		}

		void visit(Node node) {
			for (Node child : node.getChildren()) {
				if (child instanceof Heading heading) {
					collectHeading(heading);
				}
				if (child instanceof Link link) {
					this.links.add(new LinkReference(link.getUrl().toString(), link.getLineNumber() + 1));
				}
				if (child instanceof CitationNode citation) {
					collectCitation(citation);
				}
				if (child instanceof FindingsDirective.Node directive && directive.problem() != null) {
					this.directiveProblems.add(new CitationProblem(directive.problem(), directive.getLineNumber() + 1));
				}
				if (child instanceof GlossaryTermNode term) {
					this.terms.add(new TermMark(term.slug(), this.heading, term.getLineNumber() + 1, term.problem()));
				}
				visit(child);
			}
		}

		private void collectHeading(Heading heading) {
			if (heading.getLevel() == 1) {
				this.topLevelHeadings.add(heading.getLineNumber() + 1);
			}
			Section section = new Section(this.ids.getId(heading), readerText(heading).strip());
			if (heading.getLevel() == 2) {
				this.sections.add(section);
			}
			this.heading = section;
		}

		/**
		 * A heading's text as it reads on the page, for the contents list and "Cited in": inline markup dropped,
		 * quotes and apostrophes typographic like the heading itself.
		 */
		private static String readerText(Node node) {
			StringBuilder text = new StringBuilder();
			for (Node child : node.getChildren()) {
				if (child instanceof Text || child instanceof HtmlEntity) {
					text.append(Escaping.unescapeString(child.getChars()));
				}
				else if (child instanceof TypographicSmarts smart) {
					text.append(Escaping.unescapeHtml(smart.getTypographicText()));
				}
				else if (child instanceof TypographicQuotes quotes) {
					text.append(Escaping.unescapeHtml(quotes.getTypographicOpening()))
						.append(readerText(quotes))
						.append(Escaping.unescapeHtml(quotes.getTypographicClosing()));
				}
				else {
					text.append(readerText(child));
				}
			}
			return text.toString();
		}

		private void collectCitation(CitationNode citation) {
			int line = citation.getLineNumber() + 1;
			if (citation.problem() != null && !citation.isInLinkText()) {
				this.citationProblems.add(new CitationProblem(citation.problem(), line));
			}
			for (CitationNode.Marker marker : citation.markers()) {
				this.citations.add(new CitationUse(marker.work().key(), marker.work().locator(), marker.number(),
						marker.id(), line, this.heading));
			}
		}

	}

	/** A link written in the Markdown, with its 1-based line in the body. */
	public record LinkReference(String url, int line) {
	}

	/**
	 * One use of a source in the text: the numbered marker, its line in the body, and the heading it sits under
	 * ({@code null} before the first heading).
	 */
	public record CitationUse(String key, String locator, int number, String markerId, int line, Section section) {
	}

	/**
	 * A glossary term marked in the text, under its heading ({@code null} before the first), with its 1-based
	 * line in the body; {@code slug} is {@code null} and {@code problem} says why when the term is unknown.
	 */
	public record TermMark(String slug, Section section, int line, String problem) {
	}

	/** Citation or directive syntax that could not be used, with its 1-based line in the body. */
	public record CitationProblem(String message, int line) {
	}

	/** The HTML of a body and what was found while rendering it. */
	public record RenderedMarkdown(String html, List<Section> sections, List<LinkReference> links,
			List<Integer> topLevelHeadingLines, List<CitationUse> citations, List<CitationProblem> citationProblems,
			List<TermMark> terms, List<CitationProblem> directiveProblems) {
	}

}
