package org.psychodynamiclibrary.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.psychodynamiclibrary.LibraryProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Page-level facts the layout needs on every page, error pages included: the path being shown and its
 * canonical address.
 */
@Component
public class Site {

	private final String baseUrl;

	Site(LibraryProperties properties) {
		this.baseUrl = properties.baseUrl();
	}

	public String name() {
		return LibraryProperties.SITE_NAME;
	}

	/** The path the reader asked for, even when an error page is rendered for it. */
	public String path() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "/";
		}
		HttpServletRequest request = attributes.getRequest();
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (original == null) {
			original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		}
		return (original != null) ? original.toString() : request.getRequestURI();
	}

	public String canonical() {
		return this.baseUrl + path();
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public boolean isCurrent(String url) {
		return url.equals(path());
	}

	public boolean isWithin(String url) {
		String path = path();
		return path.equals(url) || path.startsWith(url + "/");
	}

}
