package org.psychodynamiclibrary.model;

import jakarta.persistence.Embeddable;

/**
 * An author or editor: a person as family and given names, or an organisation as one literal name.
 */
@Embeddable
public record Person(String family, String given, String literal) {

	public static Person named(String family, String given) {
		return new Person(family, given, null);
	}

	public static Person organisation(String name) {
		return new Person(null, null, name);
	}

	public boolean isOrganisation() {
		return this.literal != null;
	}

	/** The name a reader sorts and groups by: the family name, or the organisation's name. */
	public String sortName() {
		return isOrganisation() ? this.literal : this.family;
	}

}
