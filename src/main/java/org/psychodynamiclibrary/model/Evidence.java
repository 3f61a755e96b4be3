package org.psychodynamiclibrary.model;

/**
 * What kind of evidence a source is, shown as a small label beside every reference. Listed from the
 * strongest pooled evidence to theory.
 */
public enum Evidence implements Coded {

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
	@Override
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

}
