package org.psychodynamiclibrary.content;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

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

	public Document parse(String markdown) {
		return this.parser.parse(markdown);
	}

	public RenderedMarkdown render(Document document) {
		HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
		ids.generateIds(document);
		List<Section> sections = new ArrayList<>();
		List<LinkReference> links = new ArrayList<>();
		List<Integer> topLevelHeadings = new ArrayList<>();
		collect(document, ids, sections, links, topLevelHeadings);
		return new RenderedMarkdown(this.renderer.render(document), sections, links, topLevelHeadings);
	}

	public RenderedMarkdown render(String markdown) {
		return render(parse(markdown));
	}

	private void collect(Node node, HeaderIdGenerator ids, List<Section> sections, List<LinkReference> links,
			List<Integer> topLevelHeadings) {
		for (Node child : node.getChildren()) {
			if (child instanceof Heading heading) {
				if (heading.getLevel() == 1) {
					topLevelHeadings.add(heading.getLineNumber() + 1);
				}
				if (heading.getLevel() == 2) {
					sections.add(new Section(ids.getId(heading), heading.getText().toString().strip()));
				}
			}
			if (child instanceof Link link) {
				links.add(new LinkReference(link.getUrl().toString(), link.getLineNumber() + 1));
			}
			collect(child, ids, sections, links, topLevelHeadings);
		}
	}

	/** A level-two heading: an entry in the table of contents. */
	public record Section(String id, String title) {
	}

	/** A link written in the Markdown, with its 1-based line in the body. */
	public record LinkReference(String url, int line) {
	}

	/** The HTML of a body and what was found while rendering it. */
	public record RenderedMarkdown(String html, List<Section> sections, List<LinkReference> links,
			List<Integer> topLevelHeadingLines) {
	}

}
