package org.psychodynamiclibrary.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages from memory. The content never changes while the server runs, so the first GET of a URL that
 * renders a {@code 200 text/html} page keeps its bytes, and every later GET or HEAD of that URL is answered
 * from them by {@link CachedPageWriter} without reaching Spring MVC. Anything else (errors, 404s, assets,
 * responses that set a cookie or say {@code no-store} or {@code private}) passes through untouched.
 * Concurrent first requests for the same URL wait for the one that renders it, so each page is rendered once.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	private static final long WAIT_FOR_RENDER_SECONDS = 10;

	private final PageCache pages;

	private final PageCache queries;

	private final CachedPageWriter writer;

	private final long lastModified;

	private final Map<String, CountDownLatch> rendering = new ConcurrentHashMap<>();

	PageCacheFilter(PageCache pages, PageCache queries, CachedPageWriter writer, long lastModified) {
		this.pages = pages;
		this.queries = queries;
		this.writer = writer;
		this.lastModified = lastModified;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !(method.equals("GET") || method.equals("HEAD")) || request.getServletPath().startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		PageCache cache = (request.getQueryString() != null) ? this.queries : this.pages;
		CachedPage page = cache.get(key);
		if (page != null) {
			this.writer.write(request, response, page);
			return;
		}
		if (request.getMethod().equals("HEAD")) {
			chain.doFilter(request, response); // a HEAD renders no body to keep; the next GET fills the cache
			return;
		}
		CountDownLatch mine = new CountDownLatch(1);
		CountDownLatch other = this.rendering.putIfAbsent(key, mine);
		if (other != null) {
			await(other);
			page = cache.get(key);
			if (page != null) {
				this.writer.write(request, response, page);
				return;
			}
			render(request, response, chain, cache, key);
			return;
		}
		try {
			render(request, response, chain, cache, key);
		}
		finally {
			this.rendering.remove(key, mine);
			mine.countDown();
		}
	}

	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, PageCache cache,
			String key) throws ServletException, IOException {
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		if (!cacheable(rendered)) {
			rendered.copyBodyToResponse();
			return;
		}
		CachedPage page = CachedPage.of(rendered.getContentType(), rendered.getContentAsByteArray(), this.lastModified);
		cache.put(key, page);
		this.writer.write(request, response, page);
	}

	private static boolean cacheable(ContentCachingResponseWrapper rendered) {
		if (rendered.getStatus() != HttpServletResponse.SC_OK || rendered.getContentType() == null
				|| rendered.getHeader(HttpHeaders.SET_COOKIE) != null) {
			return false;
		}
		String cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
			return false;
		}
		try {
			return MediaType.TEXT_HTML.equalsTypeAndSubtype(MediaType.parseMediaType(rendered.getContentType()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The decoded, normalised path (so {@code /a;x=1}, {@code /a} and {@code /%61} share one entry) and the raw
	 * query string.
	 */
	private static String key(HttpServletRequest request) {
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		String query = request.getQueryString();
		return (query != null) ? path + '?' + query : path;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(WAIT_FOR_RENDER_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
