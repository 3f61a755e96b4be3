package org.psychodynamiclibrary.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The site only reads: GET and HEAD reach it, every other method (OPTIONS too) is answered
 * {@code 405 Method Not Allowed} with an {@code Allow} header, through the site's error page.
 */
final class ReadOnlyMethodsFilter extends HttpFilter {

	static final String ALLOWED = "GET, HEAD";

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD")) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, ALLOWED);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
