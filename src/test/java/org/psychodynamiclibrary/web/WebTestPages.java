package org.psychodynamiclibrary.web;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A few pages standing in for the site's own, so the filters can be tested on their own: a Thymeleaf page that
 * counts its renders and links an asset, a page that echoes a query, and the kinds of responses that must not
 * be cached, and a client for them. Import it; being nested in a test configuration keeps it out of other tests' component scan.
 */
@TestConfiguration(proxyBeanMethods = false)
class WebTestPages {

	/** A client for the running server; lazy, because the random port is only known once the server runs. */
	@Bean
	@Lazy
	LocalHttp localHttp(Environment environment) {
		return new LocalHttp(environment.getRequiredProperty("local.server.port", Integer.class));
	}

	@Controller
	static class PagesController {

		final AtomicInteger renders = new AtomicInteger();

		@GetMapping("/web-test/page")
		String page(Model model) {
			model.addAttribute("renders", this.renders.incrementAndGet());
			return "web-test/page";
		}

		@GetMapping("/web-test/search")
		String search(@RequestParam(defaultValue = "") String q, Model model) {
			model.addAttribute("renders", this.renders.incrementAndGet());
			model.addAttribute("q", q);
			return "web-test/page";
		}

		@GetMapping("/web-test/cookie")
		String cookie(HttpServletResponse response, Model model) {
			response.addCookie(new Cookie("visited", "yes"));
			model.addAttribute("renders", this.renders.incrementAndGet());
			return "web-test/page";
		}

		@GetMapping("/web-test/boom")
		String boom() {
			throw new IllegalStateException("a failing page");
		}

		@GetMapping(path = "/web-test/plain", produces = "text/plain")
		@ResponseBody
		String plain() {
			return "render " + this.renders.incrementAndGet();
		}

	}

}
