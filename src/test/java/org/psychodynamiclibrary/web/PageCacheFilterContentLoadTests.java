package org.psychodynamiclibrary.web;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.ContentLoadedEvent;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheFilterContentLoadTests {

	private final AtomicInteger renders = new AtomicInteger();

	private final PageCacheFilter filter = new PageCacheFilter(new PageCache(1_000_000), new PageCache(1_000_000),
			new CachedPageWriter("public, max-age=60"), 0);

	@Test
	void pagesAreLastModifiedWhenTheContentWasLoaded() throws Exception {
		Instant loadedAt = Instant.parse("2026-11-25T10:15:30.750Z");
		this.filter.contentLoaded(new ContentLoadedEvent(null, loadedAt));
		MockHttpServletResponse response = get("/articles/one");
		assertThat(response.getDateHeader("Last-Modified")).isEqualTo(Instant.parse("2026-11-25T10:15:30Z").toEpochMilli());
	}

	@Test
	void aNewContentLoadDropsThePagesRenderedBefore() throws Exception {
		get("/articles/one");
		get("/articles/one");
		assertThat(this.renders).hasValue(1);
		this.filter.contentLoaded(new ContentLoadedEvent(null, Instant.now()));
		get("/articles/one");
		assertThat(this.renders).hasValue(2);
	}

	private MockHttpServletResponse get(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
				resp.setContentType("text/html;charset=UTF-8");
				resp.getWriter().write("<p>render " + PageCacheFilterContentLoadTests.this.renders.incrementAndGet());
			}
		}));
		return response;
	}

}
