package org.psychodynamiclibrary.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psychodynamiclibrary.model.Comparison;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws findings as a forest plot in inline SVG, on the server: one row per finding, the point and its interval
 * on a shared axis of standardised mean differences, a zero line, and the axis labelled in words. Each kind of
 * comparison has its own marker shape, so nothing depends on colour; everything is drawn in
 * {@code currentColor}, so the page's colours (dark mode, print) apply. The SVG is labelled for screen readers,
 * but the table beside it is the accessible version.
 */
public final class ForestPlot {

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 250;

	static final int PLOT_LEFT = 270;

	static final int PLOT_RIGHT = 620;

	static final int LINE_HEIGHT = 16;

	static final int ROW_PADDING = 12;

	static final int LABEL_CHARACTERS = 34;

	static final int TOP = 10;

	private ForestPlot() {
	}

	/** One finding as drawn: its label, and its value and interval with positive favouring psychodynamic therapy. */
	public record Row(String label, double value, Double low, Double high, Comparison comparison) {
	}

	/** The axis: its ends and ticks, every half unit, always including zero and the whole of every interval. */
	record Axis(double min, double max) {

		static Axis fitting(List<Row> rows) {
			double min = -0.5;
			double max = 1.0;
			for (Row row : rows) {
				min = Math.min(min, (row.low() != null) ? row.low() : row.value());
				max = Math.max(max, (row.high() != null) ? row.high() : row.value());
			}
			return new Axis(Math.floor(min * 2) / 2, Math.ceil(max * 2) / 2);
		}

		double x(double value) {
			return PLOT_LEFT + (value - this.min) / (this.max - this.min) * (PLOT_RIGHT - PLOT_LEFT);
		}

		List<Double> ticks() {
			List<Double> ticks = new ArrayList<>();
			for (double tick = this.min; tick <= this.max + 1e-9; tick += 0.5) {
				ticks.add(Math.round(tick * 10) / 10.0);
			}
			return ticks;
		}

	}

	/**
	 * @param id a unique id on the page, for the title and description
	 * @param title what the chart shows, e.g. "Depression: standardised differences"
	 */
	public static String svg(String id, String title, List<Row> rows) {
		Axis axis = Axis.fitting(rows);
		List<List<String>> labels = rows.stream().map((row) -> wrap(row.label(), LABEL_CHARACTERS)).toList();
		int plotHeight = labels.stream().mapToInt((lines) -> lines.size() * LINE_HEIGHT + ROW_PADDING).sum();
		int axisY = TOP + plotHeight;
		int height = axisY + 70;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"forest-plot\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
			.append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
			.append(id).append("-desc\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(rows.size())
			.append(" findings, each a point with its interval where reported. Points to the right of the zero line")
			.append(" favour psychodynamic therapy. The table gives every number.</desc>");
		double zero = axis.x(0);
		svg.append(line(zero, TOP - 4, zero, axisY, "forest-plot__zero"));
		int y = TOP;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			List<String> lines = labels.get(i);
			int rowHeight = lines.size() * LINE_HEIGHT + ROW_PADDING;
			double middle = y + rowHeight / 2.0;
			double firstLine = middle - (lines.size() - 1) * LINE_HEIGHT / 2.0 + 4;
			svg.append("<text class=\"forest-plot__label\" x=\"0\" y=\"").append(fmt(firstLine)).append("\">");
			for (int l = 0; l < lines.size(); l++) {
				svg.append("<tspan x=\"0\"").append((l == 0) ? "" : " dy=\"" + LINE_HEIGHT + "\"").append('>')
					.append(escape(lines.get(l))).append("</tspan>");
			}
			svg.append("</text>");
			if (row.low() != null && row.high() != null) {
				svg.append(line(axis.x(row.low()), middle, axis.x(row.high()), middle, "forest-plot__interval"));
			}
			svg.append(marker(row.comparison(), axis.x(row.value()), middle));
			y += rowHeight;
		}
		svg.append(line(PLOT_LEFT, axisY, PLOT_RIGHT, axisY, "forest-plot__axis"));
		for (double tick : axis.ticks()) {
			double x = axis.x(tick);
			svg.append(line(x, axisY, x, axisY + 5, "forest-plot__axis"));
			svg.append("<text class=\"forest-plot__tick\" x=\"").append(fmt(x)).append("\" y=\"").append(axisY + 18)
				.append("\" text-anchor=\"middle\">").append(tickLabel(tick)).append("</text>");
		}
		svg.append("<text class=\"forest-plot__direction\" x=\"").append(fmt(zero - 6)).append("\" y=\"")
			.append(axisY + 38).append("\" text-anchor=\"end\">\u2190 favours the comparison</text>");
		svg.append("<text class=\"forest-plot__direction\" x=\"").append(fmt(zero + 6)).append("\" y=\"")
			.append(axisY + 38).append("\">favours psychodynamic therapy \u2192</text>");
		svg.append("<text class=\"forest-plot__caption\" x=\"").append(PLOT_LEFT).append("\" y=\"").append(axisY + 58)
			.append("\">Standardised mean difference</text>");
		svg.append("</svg>");
		return svg.toString();
	}

	/** A key to the marker shapes, as an HTML list with a small SVG for each. */
	public static String legend(List<Comparison> comparisons) {
		StringBuilder legend = new StringBuilder("<ul class=\"forest-plot__legend\">");
		for (Comparison comparison : comparisons) {
			legend.append("<li><svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\">")
				.append(marker(comparison, 8, 8))
				.append("</svg> against ")
				.append(escape(comparison.label()))
				.append("</li>");
		}
		return legend.append("</ul>").toString();
	}

	/** Each comparison's shape: filled for the weaker comparisons, open for active treatments. */
	static String marker(Comparison comparison, double x, double y) {
		String at = "forest-plot__point forest-plot__point--" + comparison.code();
		return switch (comparison) {
			case WAIT_LIST -> "<circle class=\"" + at + "\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"5\"/>";
			case USUAL_CARE -> "<rect class=\"" + at + "\" x=\"" + fmt(x - 5) + "\" y=\"" + fmt(y - 5)
					+ "\" width=\"10\" height=\"10\"/>";
			case PLACEBO -> "<polygon class=\"" + at + "\" points=\"" + fmt(x) + "," + fmt(y - 6) + " " + fmt(x + 6) + ","
					+ fmt(y) + " " + fmt(x) + "," + fmt(y + 6) + " " + fmt(x - 6) + "," + fmt(y) + "\"/>";
			case MEDICATION -> "<polygon class=\"" + at + "\" points=\"" + fmt(x) + "," + fmt(y - 6) + " " + fmt(x + 6)
					+ "," + fmt(y + 5) + " " + fmt(x - 6) + "," + fmt(y + 5) + "\"/>";
			case OTHER_THERAPY -> "<circle class=\"" + at + "\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y)
					+ "\" r=\"5\" fill=\"none\" stroke-width=\"2\"/>";
		};
	}

	/** Splits a label into lines of at most {@code width} characters, at spaces. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static String line(double x1, double y1, double x2, double y2, String cssClass) {
		return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\""
				+ fmt(y2) + "\"/>";
	}

	private static String tickLabel(double tick) {
		return (tick == Math.rint(tick)) ? String.valueOf((int) tick) : String.format(Locale.ROOT, "%.1f", tick);
	}

	static String fmt(double number) {
		return String.format(Locale.ROOT, "%.1f", number);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
