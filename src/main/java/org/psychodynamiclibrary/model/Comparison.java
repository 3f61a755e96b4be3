package org.psychodynamiclibrary.model;

/**
 * What psychodynamic therapy was compared with in a finding: the fixed set readers need to judge a number, from
 * the weakest comparison to the strongest.
 */
public enum Comparison implements Coded {

	WAIT_LIST("wait-list", "wait-list or no treatment"),
	USUAL_CARE("usual-care", "usual care or minimal treatment"),
	PLACEBO("placebo", "placebo"),
	MEDICATION("medication", "medication"),
	OTHER_THERAPY("other-therapy", "another active therapy");

	private final String code;

	private final String label;

	Comparison(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** In plain words, e.g. "usual care or minimal treatment". */
	public String label() {
		return this.label;
	}

}
