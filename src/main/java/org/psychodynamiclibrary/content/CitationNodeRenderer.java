package org.psychodynamiclibrary.content;

import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import org.psychodynamiclibrary.content.CitationNode.Marker;

/**
 * Renders a citation as superscript links to the reference list. Each link's accessible name reads in full,
 * e.g. "Reference 3: Shedler (2010), p. 101", while the eye sees "3, p. 101".
 */
final class CitationNodeRenderer implements NodeRenderer {

	private final Map<String, String> labels;

	CitationNodeRenderer(Map<String, String> labels) {
		this.labels = labels;
	}

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(CitationNode.class, this::render));
	}

	private void render(CitationNode node, NodeRendererContext context, HtmlWriter html) {
		if (!node.isCitation()) {
			html.text(node.getChars().toString());
			return;
		}
		boolean locators = node.markers().stream().anyMatch((marker) -> marker.work().locator() != null);
		html.raw("<sup class=\"citation\">");
		for (int i = 0; i < node.markers().size(); i++) {
			if (i > 0) {
				html.raw(locators ? "; " : ", ");
			}
			renderMarker(node.markers().get(i), html);
		}
		html.raw("</sup>");
	}

	private void renderMarker(Marker marker, HtmlWriter html) {
		String label = this.labels.getOrDefault(marker.work().key(), marker.work().key());
		html.raw("<a href=\"#ref-" + marker.number() + "\" id=\"" + marker.id() + "\">");
		html.raw("<span class=\"visually-hidden\">Reference </span>" + marker.number());
		html.raw("<span class=\"visually-hidden\">: ");
		html.text(label);
		html.raw("</span>");
		if (marker.work().locator() != null) {
			html.text(", " + marker.work().locator());
		}
		html.raw("</a>");
	}

}
