package org.psychodynamiclibrary.model;

/**
 * How a finding's number is expressed. Only standardised mean differences share an axis in the charts; the
 * others are shown in the table.
 */
public enum Measure implements Coded {

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

	@Override
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

}
