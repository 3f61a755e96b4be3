package org.psychodynamiclibrary.content;

import java.util.Map;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Pandoc citations for flexmark: {@code [@key]}, {@code [@key, p. 101]}, {@code [@a; @b]}. Parsed into
 * {@link CitationNode}s, numbered per document, and rendered as superscript links to the reference list.
 */
final class CitationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	private final Map<String, String> labels;

	/**
	 * @param labels a short author–date label for each known key, for the markers' accessible names
	 */
	CitationExtension(Map<String, String> labels) {
		this.labels = Map.copyOf(labels);
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parser) {
		parser.customInlineParserExtensionFactory(new CitationInlineParser.Factory());
		parser.postProcessorFactory(new CitationNumbering.Factory());
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder renderer, String rendererType) {
		renderer.nodeRendererFactory((options) -> new CitationNodeRenderer(this.labels));
	}

}
