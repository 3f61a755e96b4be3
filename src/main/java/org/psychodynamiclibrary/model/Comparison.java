package org.psychodynamiclibrary.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What psychodynamic therapy was compared with in a finding: the fixed set readers need to judge a number, from
 * the weakest comparison to the strongest.
 */
public enum Comparison {

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

	public String code() {
		return this.code;
	}

	/** In plain words, e.g. "usual care or minimal treatment". */
	public String label() {
		return this.label;
	}

	public static Optional<Comparison> fromCode(String code) {
		return Arrays.stream(values()).filter((comparison) -> comparison.code.equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Comparison::code).toList();
	}

}
