package org.psychodynamiclibrary.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What kind of evidence a source is, shown as a small label beside every reference. Listed from the
 * strongest pooled evidence to theory.
 */
public enum Evidence {

	UMBRELLA_REVIEW("umbrella-review", "Umbrella review"),
	META_ANALYSIS("meta-analysis", "Meta-analysis"),
	SYSTEMATIC_REVIEW("systematic-review", "Systematic review"),
	RANDOMISED_TRIAL("randomised-trial", "Randomised trial"),
	OBSERVATIONAL_STUDY("observational-study", "Observational study"),
	GUIDELINE("guideline", "Guideline"),
	REVIEW("review", "Review"),
	CRITIQUE("critique", "Critique or comment"),
	CLINICAL_GUIDE("clinical-guide", "Clinical guide"),
	TEXTBOOK("textbook", "Textbook"),
	PATIENT_INFORMATION("patient-information", "Patient information"),
	PROFESSIONAL_BODY("professional-body", "Professional body"),
	PRESS_RELEASE("press-release", "Press release"),
	THEORY("theory", "Theory");

	private final String code;

	private final String label;

	Evidence(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The value written in a source file, e.g. {@code meta-analysis}. */
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Evidence> fromCode(String code) {
		return Arrays.stream(values()).filter((evidence) -> evidence.code.equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Evidence::code).toList();
	}

}
