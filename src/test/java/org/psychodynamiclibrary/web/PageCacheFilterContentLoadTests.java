package org.psychodynamiclibrary.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheFilterContentLoadTests {

	@Test
	void pagesAreLastModifiedAtTheTimeTheFilterIsGiven() throws Exception {
		Instant loadedAt = Instant.parse("2026-11-25T10:15:30.750Z");
		PageCacheFilter filter = new PageCacheFilter(new PageCache(1_000_000), new PageCache(1_000_000),
				new CachedPageWriter("public, max-age=60"), loadedAt.toEpochMilli());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/one");
		request.setServletPath("/articles/one");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
				resp.setContentType("text/html;charset=UTF-8");
				resp.getWriter().write("<p>rendered");
			}
		}));
		assertThat(response.getDateHeader("Last-Modified")).isEqualTo(Instant.parse("2026-11-25T10:15:30Z").toEpochMilli());
	}

}
