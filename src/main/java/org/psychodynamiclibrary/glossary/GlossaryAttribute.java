package org.psychodynamiclibrary.glossary;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page, error pages included, the glossary's terms, for the suggestions of a mistaken glossary
 * address.
 */
@ControllerAdvice
class GlossaryAttribute {

	private final GlossaryIndex glossary;

	GlossaryAttribute(GlossaryIndex glossary) {
		this.glossary = glossary;
	}

	@ModelAttribute("glossary")
	GlossaryIndex glossary() {
		return this.glossary;
	}

}
