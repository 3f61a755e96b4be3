package org.psychodynamiclibrary.model;

/**
 * How well this library's editors could check a source, shown on the source's page in plain words.
 */
public enum Verification implements Coded {

	FULL("full", "Checked: the details were read in a primary record (the publisher, PubMed or the work itself)."),
	PARTIAL("partial", "Partly checked: some details or claims could only be read in secondary records; the"
			+ " description below says which."),
	SEED_ONLY("seed-only", "Not read by this library: no copy could be found. It is kept as a reference of the"
			+ " article this library grew from, and is cited only for what that article reports it as saying.");

	private final String code;

	private final String description;

	Verification(String code, String description) {
		this.code = code;
		this.description = description;
	}

	@Override
	public String code() {
		return this.code;
	}

	public String description() {
		return this.description;
	}

}
