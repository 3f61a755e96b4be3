package org.psychodynamiclibrary.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Answers a GET or HEAD from a {@link CachedPage}: {@code 304 Not Modified} when the client's copy is current,
 * otherwise the gzip or identity bytes as the client accepts, with the validators and the configured
 * {@code Cache-Control}.
 */
final class CachedPageWriter {

	private final String cacheControl;

	CachedPageWriter(String cacheControl) {
		this.cacheControl = cacheControl;
	}

	void write(HttpServletRequest request, HttpServletResponse response, CachedPage page) throws IOException {
		boolean gzip = page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (notModified(request, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? page.gzipped() : page.body();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * RFC 9110 section 13.2.2: {@code If-None-Match} decides when present (weak comparison, either
	 * representation's tag); {@code If-Modified-Since} only when it is absent.
	 */
	private static boolean notModified(HttpServletRequest request, CachedPage page) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			return matches(ifNoneMatch, page);
		}
		long ifModifiedSince = dateHeader(request, HttpHeaders.IF_MODIFIED_SINCE);
		return ifModifiedSince >= 0 && page.lastModified() <= ifModifiedSince;
	}

	private static boolean matches(String ifNoneMatch, CachedPage page) {
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(page.etag()) || tag.equals(page.gzipEtag())) {
				return true;
			}
		}
		return false;
	}

	private static long dateHeader(HttpServletRequest request, String name) {
		try {
			return request.getDateHeader(name);
		}
		catch (IllegalArgumentException ex) {
			return -1; // a malformed date is ignored, as RFC 9110 requires
		}
	}

	/** Whether {@code gzip} (or {@code *}) is listed in {@code Accept-Encoding} with a non-zero q-value. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		Boolean wildcard = null;
		for (String element : acceptEncoding.split(",")) {
			String[] parts = element.split(";");
			String coding = parts[0].strip().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				return quality(parts) > 0;
			}
			if (coding.equals("*")) {
				wildcard = quality(parts) > 0;
			}
		}
		return Boolean.TRUE.equals(wildcard);
	}

	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
				try {
					return Double.parseDouble(parameter.substring(2).strip());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
