package org.psychodynamiclibrary.web;

import org.psychodynamiclibrary.topic.Navigation;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page, error pages included, what the layout needs: the site facts and the topic navigation.
 */
@ControllerAdvice
class LayoutAttributes {

	private final Site site;

	private final Navigation navigation;

	LayoutAttributes(Site site, Navigation navigation) {
		this.site = site;
		this.navigation = navigation;
	}

	@ModelAttribute("site")
	Site site() {
		return this.site;
	}

	@ModelAttribute("navigation")
	Navigation navigation() {
		return this.navigation;
	}

}
