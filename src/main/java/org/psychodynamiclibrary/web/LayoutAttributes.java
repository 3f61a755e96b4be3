package org.psychodynamiclibrary.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page, error pages included, the site facts the layout needs.
 */
@ControllerAdvice
class LayoutAttributes {

	private final Site site;

	LayoutAttributes(Site site) {
		this.site = site;
	}

	@ModelAttribute("site")
	Site site() {
		return this.site;
	}

}
