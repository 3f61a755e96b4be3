package org.psychodynamiclibrary.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses two kinds of hostile request early, both found by {@code HostileRequestFuzzTests}:
 * <ul>
 * <li>a request addressed straight to the error page's own path: Boot's error controller answers it
 * {@code 500}, here it is {@code 404 Not Found} (the error page is only reached by an error dispatch);</li>
 * <li>a query string Tomcat cannot decode ({@code ?=%23}, {@code ?q=%}, {@code ?q=%zz}): Tomcat 11 ends it as
 * {@code 400} only after Spring MVC has failed on it and logged a stack trace at ERROR, so any client could flood
 * the log; here it is a quiet {@code 400 Bad Request}.</li>
 * <li>a malformed percent-escape in a path parameter ({@code /sources/x;a=b%}): Tomcat does not decode path
 * parameters, Spring MVC's path parsing fails on it, and so does the error page, which ends as a {@code 500}; here
 * it is a plain {@code 400} written directly, without an error page that would parse the path again.</li>
 * </ul>
 */
final class BadRequestFilter extends HttpFilter {

	private final String errorPath;

	BadRequestFilter(String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (hasMalformedEscape(request.getRequestURI())) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("Bad request: malformed %-escape in the address.\n");
			return;
		}
		String path = request.getServletPath();
		if (path.equals(this.errorPath) || path.startsWith(this.errorPath + "/")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (request.getQueryString() != null && !parametersDecode(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether some {@code %} is not followed by two hexadecimal digits. */
	static boolean hasMalformedEscape(String uri) {
		for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
			if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
					|| Character.digit(uri.charAt(i + 2), 16) < 0) {
				return true;
			}
		}
		return false;
	}

	/** Tomcat parses the parameters once and throws an {@link IllegalStateException} when they cannot be. */
	private static boolean parametersDecode(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

}
