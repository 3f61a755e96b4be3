package org.psychodynamiclibrary.chart;

import java.util.List;

import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.Source;
import org.springframework.web.util.HtmlUtils;

/**
 * A set of findings as readers see them, wherever they appear (the evidence page, a source's page, an article):
 * the forest plot of the standardised differences with its key, and the table of every finding in plain words,
 * which is the accessible version of the chart. Written once as HTML.
 */
public final class FindingsTable {

	private FindingsTable() {
	}

	/**
	 * @param id a unique id on the page
	 * @param title what the findings are about, e.g. "Depression"
	 */
	public static String html(String id, String title, List<FindingRow> rows) {
		List<FindingRow> charted = rows.stream().filter(FindingRow::isCharted).toList();
		StringBuilder html = new StringBuilder("<figure class=\"findings\" aria-labelledby=\"").append(id)
			.append("-caption\"><figcaption id=\"").append(id).append("-caption\" class=\"findings__caption\">")
			.append(escape(title)).append(": what the studies found</figcaption>");
		if (!charted.isEmpty()) {
			html.append("<div class=\"findings__chart\" tabindex=\"0\" role=\"region\" aria-label=\"")
				.append(escape(title)).append(": chart (scrolls sideways on a small screen)\">")
				.append(ForestPlot.svg(id + "-chart", title + ": standardised differences",
						charted.stream().map(FindingRow::plotRow).toList()))
				.append(ForestPlot.legend(charted.stream()
					.map((row) -> row.finding().comparison())
					.distinct()
					.sorted()
					.toList()))
				.append("</div>");
		}
		html.append("<div class=\"findings__table-wrap\"><table class=\"findings-table\"><thead><tr>")
			.append("<th scope=\"col\">Compared with, measured, when</th><th scope=\"col\">In words</th>")
			.append("<th scope=\"col\">The number</th><th scope=\"col\">Source</th></tr></thead><tbody>");
		for (FindingRow row : rows) {
			html.append("<tr><th scope=\"row\">").append(escape(row.subject()))
				.append("</th><td data-label=\"In words\">")
				.append(escape(row.size().isEmpty() ? "see the number" : row.size()))
				.append("</td><td data-label=\"The number\">")
				.append(escape(row.number()));
			if (row.finding().note() != null) {
				html.append("<span class=\"findings-table__note\">").append(escape(row.finding().note())).append("</span>");
			}
			html.append("</td><td data-label=\"Source\"><a href=\"").append(Source.path(row.sourceKey())).append("\">")
				.append(escape(row.sourceLabel())).append("</a>, ").append(escape(row.finding().locator()))
				.append("<span class=\"findings-table__article\"><a href=\"").append(row.articleUrl())
				.append("\">").append(escape(row.articleLinkText())).append("</a></span></td></tr>");
		}
		html.append("</tbody></table></div><p class=\"findings__how\">What these numbers mean, and why a difference"
				+ " from a waiting list is larger than one from another therapy: <a href=\"")
			.append(Article.url("how-to-read-the-evidence")).append("\">how to read the evidence</a>.</p></figure>");
		return html.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
