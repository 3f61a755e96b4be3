package org.psychodynamiclibrary.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Glossary terms for flexmark: an author's {@code [[term]]} marks, and, unless switched off for a file, the first
 * use of each term in each section marked automatically. Rendered as links to the glossary entries.
 */
final class GlossaryExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	private final Glossary glossary;

	private final boolean autoMark;

	GlossaryExtension(Glossary glossary, boolean autoMark) {
		this.glossary = glossary;
		this.autoMark = autoMark;
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parser) {
		parser.customInlineParserExtensionFactory(new GlossaryLinkParser.Factory(this.glossary));
		if (this.autoMark) {
			parser.postProcessorFactory(new GlossaryMarking.Factory(this.glossary));
		}
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder renderer, String rendererType) {
		renderer.nodeRendererFactory((options) -> new GlossaryTermRenderer());
	}

}
