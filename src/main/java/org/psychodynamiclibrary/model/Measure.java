package org.psychodynamiclibrary.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a finding's number is expressed. Only standardised mean differences share an axis in the charts; the
 * others are shown in the table.
 */
public enum Measure {

	SMD("smd", "standardised mean difference"),
	ODDS_RATIO("odds-ratio", "odds ratio"),
	RISK_RATIO("risk-ratio", "risk ratio"),
	PERCENT("percent", "percentage"),
	CORRELATION("correlation", "correlation");

	private final String code;

	private final String label;

	Measure(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Measure> fromCode(String code) {
		return Arrays.stream(values()).filter((measure) -> measure.code.equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Measure::code).toList();
	}

}
