package org.psychodynamiclibrary.chart;

import java.util.Locale;

import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.Finding;
import org.psychodynamiclibrary.model.Measure;

/**
 * A finding with the source it comes from, in the words a table row and a chart row need.
 *
 * @param sourceKey the source's key, for its page
 * @param sourceLabel the source's short label, e.g. "Driessen et al. (2015)"
 */
public record FindingRow(Finding finding, String sourceKey, String sourceLabel) {

	/** The standardised difference with positive favouring psychodynamic therapy, whichever way the source wrote it. */
	double towardsPsychodynamic(double number) {
		return this.finding.favoursPsychodynamic() ? number : -number;
	}

	/** The article that discusses the finding: the one about its condition, or the overview for several. */
	public String articleUrl() {
		return Article.url(this.finding.isMixed() ? "what-the-evidence-says" : this.finding.condition());
	}

	/** The link's words: "More on depression", or the overview's name. */
	public String articleLinkText() {
		return this.finding.isMixed() ? "What the evidence says"
				: "More on " + this.finding.condition().replace('-', ' ');
	}

	public boolean isCharted() {
		return this.finding.measure() == Measure.SMD;
	}

	/** What was compared, for whom and when, in plain words. */
	public String subject() {
		Finding f = this.finding;
		return "Psychodynamic therapy vs " + f.comparison().label() + ": " + f.outcome() + ", " + f.population() + ", "
				+ f.timepoint();
	}

	/** How big the difference is, in words, for standardised differences; empty for other measures. */
	public String size() {
		if (!isCharted()) {
			return "";
		}
		double d = towardsPsychodynamic(this.finding.value());
		String size = (Math.abs(d) < 0.2) ? "little or no difference" : (Math.abs(d) < 0.5) ? "small"
				: (Math.abs(d) < 0.8) ? "moderate" : "large";
		String direction = (Math.abs(d) < 0.2) ? "" : (d > 0) ? " benefit" : " difference favouring the comparison";
		boolean crossesZero = this.finding.hasInterval() && this.finding.ciLow() < 0 && this.finding.ciHigh() > 0;
		return size + direction + (crossesZero ? "; the interval includes no difference" : "");
	}

	/** The number as the source reports it, with its measure. */
	public String number() {
		Finding f = this.finding;
		String value = decimal(f.value());
		String interval = f.hasInterval() ? " (" + decimal(f.ciLow()) + " to " + decimal(f.ciHigh()) + ")" : "";
		return switch (f.measure()) {
			case SMD -> "SMD " + value + interval + ((f.favoursPsychodynamic()) ? ""
					: "; in this source a positive value favours the comparison");
			case ODDS_RATIO, RISK_RATIO -> f.measure().label() + " " + value + interval + "; above 1 favours "
					+ (f.favoursPsychodynamic() ? "psychodynamic therapy" : "the comparison");
			case PERCENT -> value + "% with psychodynamic therapy" + interval;
			case CORRELATION -> "r = " + value + interval;
		};
	}

	/** The row for the forest plot, its label the outcome and comparison. */
	ForestPlot.Row plotRow() {
		Finding f = this.finding;
		Double low = f.hasInterval() ? towardsPsychodynamic(f.favoursPsychodynamic() ? f.ciLow() : f.ciHigh()) : null;
		Double high = f.hasInterval() ? towardsPsychodynamic(f.favoursPsychodynamic() ? f.ciHigh() : f.ciLow()) : null;
		String outcome = f.outcome().substring(0, 1).toUpperCase(Locale.ROOT) + f.outcome().substring(1);
		return new ForestPlot.Row(outcome + " vs " + f.comparison().label() + ", " + f.timepoint() + "; "
				+ this.sourceLabel, towardsPsychodynamic(f.value()), low, high, f.comparison());
	}

	private static String decimal(double number) {
		String text = String.format(Locale.ROOT, "%.2f", number);
		return text.replaceAll("0$", "").replaceAll("\\.0$", "");
	}

}
