package org.psychodynamiclibrary.content;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import org.psychodynamiclibrary.model.GlossaryTerm;

/**
 * Renders a marked term as a link to its glossary entry, described by the entry's summary: the article page
 * holds the summaries in hidden elements ({@link GlossaryTerm#descriptionId}), which screen readers announce
 * with the link and the preview script shows beside it.
 */
final class GlossaryTermRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(GlossaryTermNode.class, this::render));
	}

	private void render(GlossaryTermNode node, NodeRendererContext context, HtmlWriter html) {
		if (node.slug() == null) {
			context.renderChildren(node);
			return;
		}
		html.raw("<a class=\"term\" href=\"" + GlossaryTerm.url(node.slug()) + "\" aria-describedby=\""
				+ GlossaryTerm.descriptionId(node.slug()) + "\">");
		context.renderChildren(node);
		html.raw("</a>");
	}

}
