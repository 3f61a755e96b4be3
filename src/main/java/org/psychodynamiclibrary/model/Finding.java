package org.psychodynamiclibrary.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One result a source reports, as data: what was measured, in whom, against what, the number and its interval,
 * when, and where in the source the number stands. Two columns are renamed to avoid SQL's reserved words
 * "value" and "condition".
 *
 * @param condition the condition's article slug (e.g. {@code depression}), or {@code mixed}
 * @param timepointMonths months after the end of therapy; 0 for the end of therapy
 * @param favoursPsychodynamic whether a positive standardised difference (or a ratio above 1) favours
 * psychodynamic therapy, as the source reports it
 * @param note what a reader must know besides, or {@code null}
 */
@Embeddable
public record Finding(@Column(length = 500) String outcome, @Column(name = "finding_condition") String condition,
		@Column(length = 500) String population, @Enumerated(EnumType.STRING) Comparison comparison,
		@Enumerated(EnumType.STRING) Measure measure, @Column(name = "finding_value") double value,
		Double ciLow, Double ciHigh, Integer studies, Integer participants, int timepointMonths,
		boolean favoursPsychodynamic, String locator, @Column(length = 1000) String note) {

	/** The condition of a finding that pools several conditions. */
	public static final String MIXED = "mixed";

	/** Whether the finding pools several conditions rather than one. */
	public boolean isMixed() {
		return MIXED.equals(this.condition);
	}

	/** "end of therapy" or "12 months after therapy". */
	public String timepoint() {
		return (this.timepointMonths == 0) ? "end of therapy"
				: this.timepointMonths + " month" + ((this.timepointMonths == 1) ? "" : "s") + " after therapy";
	}

	public boolean hasInterval() {
		return this.ciLow != null && this.ciHigh != null;
	}

}
