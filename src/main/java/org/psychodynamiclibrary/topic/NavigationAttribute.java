package org.psychodynamiclibrary.topic;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page, error pages included, the topic navigation for the layout's menu.
 */
@ControllerAdvice
class NavigationAttribute {

	private final Navigation navigation;

	NavigationAttribute(Navigation navigation) {
		this.navigation = navigation;
	}

	@ModelAttribute("navigation")
	Navigation navigation() {
		return this.navigation;
	}

}
