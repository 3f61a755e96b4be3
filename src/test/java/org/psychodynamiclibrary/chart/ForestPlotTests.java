package org.psychodynamiclibrary.chart;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.model.Comparison;
import org.psychodynamiclibrary.model.Finding;
import org.psychodynamiclibrary.model.Measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The forest plot's layout, read back with an XML parser: the axis, intervals, points and labels.
 */
class ForestPlotTests {

	@Test
	void theAxisRunsInHalfUnitsFromBelowZeroToTheWidestIntervalWithZeroMarked() {
		ForestPlot.Axis axis = ForestPlot.Axis.fitting(List.of(new ForestPlot.Row("a", 0.64, 0.3, 2.2, Comparison.WAIT_LIST)));
		assertThat(axis.min()).isEqualTo(-0.5);
		assertThat(axis.max()).isEqualTo(2.5);
		assertThat(axis.ticks()).containsExactly(-0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5);
		assertThat(axis.x(-0.5)).isEqualTo(ForestPlot.PLOT_LEFT);
		assertThat(axis.x(2.5)).isEqualTo(ForestPlot.PLOT_RIGHT);
		Document svg = parse(ForestPlot.svg("f", "Test", List.of(new ForestPlot.Row("a", 0.64, 0.3, 2.2, Comparison.WAIT_LIST))));
		Element zero = svg.selectFirst("line.forest-plot__zero");
		assertThat(Double.parseDouble(zero.attr("x1"))).isCloseTo(axis.x(0), within(0.1));
		assertThat(svg.select("text.forest-plot__tick").eachText()).containsExactly("-0.5", "0", "0.5", "1", "1.5", "2", "2.5");
		assertThat(svg.select("text.forest-plot__direction").eachText()).containsExactly("← favours the comparison",
				"favours psychodynamic therapy →");
	}

	@Test
	void anIntervalThatCrossesZeroIsDrawnAcrossTheZeroLine() {
		Document svg = parse(ForestPlot.svg("f", "Test", List.of(new ForestPlot.Row("a", 0.1, -0.3, 0.5, Comparison.OTHER_THERAPY))));
		Element interval = svg.selectFirst("line.forest-plot__interval");
		double zero = Double.parseDouble(svg.selectFirst("line.forest-plot__zero").attr("x1"));
		assertThat(Double.parseDouble(interval.attr("x1"))).isLessThan(zero);
		assertThat(Double.parseDouble(interval.attr("x2"))).isGreaterThan(zero);
		assertThat(svg.select("circle.forest-plot__point--other-therapy")).hasSize(1);
	}

	@Test
	void aValueWithoutAnIntervalIsAPointAloneAndStillWidensTheAxis() {
		Document svg = parse(ForestPlot.svg("f", "Test", List.of(new ForestPlot.Row("a", -1.2, null, null, Comparison.USUAL_CARE))));
		assertThat(svg.select("line.forest-plot__interval")).isEmpty();
		assertThat(svg.select("rect.forest-plot__point--usual-care")).hasSize(1);
		assertThat(svg.select("text.forest-plot__tick").first().text()).isEqualTo("-1.5");
	}

	@Test
	void longLabelsWrapAtSpacesAndTheirRowGrowsTaller() {
		assertThat(ForestPlot.wrap("depressive symptoms rated by clinicians at the end of therapy", 20))
			.containsExactly("depressive symptoms", "rated by clinicians", "at the end of", "therapy");
		Document one = parse(ForestPlot.svg("f", "T", List.of(new ForestPlot.Row("short", 0.5, null, null, Comparison.PLACEBO))));
		Document four = parse(ForestPlot.svg("f", "T", List.of(new ForestPlot.Row(
				"depressive symptoms rated by clinicians at the end of therapy against an active therapy in adults",
				0.5, null, null, Comparison.PLACEBO))));
		assertThat(four.select("text.forest-plot__label tspan").size()).isGreaterThan(1);
		assertThat(height(four)).isGreaterThan(height(one));
	}

	@Test
	void theChartIsLabelledForScreenReadersAndEachComparisonHasItsOwnShape() {
		Document svg = parse(ForestPlot.svg("dep", "Depression", List.of(
				new ForestPlot.Row("a", 0.5, null, null, Comparison.WAIT_LIST),
				new ForestPlot.Row("b", 0.5, null, null, Comparison.PLACEBO),
				new ForestPlot.Row("c", 0.5, null, null, Comparison.MEDICATION))));
		Element root = svg.selectFirst("svg");
		assertThat(root.attr("role")).isEqualTo("img");
		assertThat(root.attr("aria-labelledby")).isEqualTo("dep-title dep-desc");
		assertThat(svg.getElementById("dep-title").text()).isEqualTo("Depression");
		assertThat(svg.select(".forest-plot__point").eachAttr("class")).doesNotHaveDuplicates();
		assertThat(svg.select("circle.forest-plot__point, polygon.forest-plot__point")).hasSize(3);
	}

	@Test
	void aValueWrittenTheOtherWayRoundIsDrawnFavouringTheSideItFavours() {
		Finding finding = new Finding("primary outcomes", "mixed", "adults", Comparison.USUAL_CARE, Measure.SMD, -0.96,
				-1.2, -0.7, null, null, 0, false, "abstract", null);
		ForestPlot.Row row = new FindingRow(finding, "key", "Someone (2025)").plotRow();
		assertThat(row.value()).isEqualTo(0.96);
		assertThat(row.low()).isEqualTo(0.7);
		assertThat(row.high()).isEqualTo(1.2);
		assertThat(new FindingRow(finding, "key", "Someone (2025)").size()).isEqualTo("large benefit");
	}

	private static Document parse(String svg) {
		return Jsoup.parse(svg, "", Parser.xmlParser());
	}

	private static double height(Document svg) {
		return Double.parseDouble(svg.selectFirst("svg").attr("viewBox").split(" ")[3]);
	}

}
