package org.psychodynamiclibrary.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
@Import(WebTestPages.class)
class SecurityHeadersValveTests {

	@Autowired
	LocalHttp http;

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({
		"GET, /web-test/page, 200",
		"GET, /web-test/plain, 200",
		"GET, /web-test/fixture.css, 200",
		"GET, /actuator/health, 200",
		"HEAD, /web-test/page, 200",
		"GET, /no-such-page, 404",
		"GET, /web-test/fixture-00000000000000000000000000000000.css, 404",
		"GET, /web-test/boom, 500",
		"POST, /web-test/page, 405",
		"DELETE, /no-such-page, 405",
		"TRACE, /web-test/page, 405" })
	void everyResponseCarriesTheSecurityHeaders(String method, String path, int status) {
		HttpResponse<byte[]> response = this.http.send(method, path);
		assertThat(response.statusCode()).isEqualTo(status);
		assertSecurityHeaders(response);
	}

	@Test
	void notModifiedResponsesCarryThemToo() {
		String etag = this.http.get("/web-test/page").headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> notModified = this.http.get("/web-test/page", "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertSecurityHeaders(notModified);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/first-steps", "/topics/basics", "/sources", "/sources/shedler2010", "/help",
			"/about", "/no-such-page" })
	void pagesNeedNothingThePolicyForbids(String path) {
		Document page = Jsoup.parse(new String(this.http.get(path).body(), StandardCharsets.UTF_8));
		assertThat(page.select("style, iframe, object, embed, base, script:not([src])")).as(path).isEmpty();
		assertThat(page.select("script")).as(path).allMatch((script) -> script.data().isBlank());
		assertThat(page.select("script[src]").eachAttr("src")).as(path).allMatch((url) -> url.startsWith("/"));
		assertThat(page.select("[style]")).as(path).isEmpty();
		assertThat(page.getAllElements().stream().flatMap((element) -> element.attributes().asList().stream())
			.filter((attribute) -> attribute.getKey().startsWith("on")
					|| attribute.getValue().strip().toLowerCase().startsWith("javascript:")))
			.as(path)
			.isEmpty();
		assertThat(page.select("link[href]:not([rel=canonical]):not([rel=alternate])").eachAttr("href")).as(path)
			.allMatch((url) -> url.startsWith("/"));
		assertThat(page.select("img[src]").eachAttr("src")).as(path)
			.allMatch((url) -> url.startsWith("/") || url.startsWith("data:"));
		assertThat(page.select("form[action]").eachAttr("action")).as(path).allMatch((url) -> url.startsWith("/"));
	}

	@Test
	void hstsIsNotSentUnlessTheSiteIsServedOverHttps() {
		assertThat(this.http.get("/web-test/page").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/a<b", "/a%2Fb", "/articles/%2e%2e%2f%2e%2e%2fetc", "/a\"b", "/search?q=<a>" })
	void requestsTomcatRefusesBeforeAnyFilterCarryThemToo(String target) {
		String response = this.http.rawGet(target);
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		assertThat(head).startsWith("HTTP/1.1 400").contains("Content-Security-Policy: default-src 'self';",
				"X-Content-Type-Options: nosniff", "X-Frame-Options: DENY");
	}

	@Test
	void onlyTheHealthEndpointIsExposedAndThereIsNoDatabaseConsole() {
		assertThat(this.http.get("/actuator/health").statusCode()).isEqualTo(200);
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/mappings", "/h2-console", "/h2-console/" }) {
			assertThat(this.http.get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	private static void assertSecurityHeaders(HttpResponse<byte[]> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
					+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).get()
			.asString()
			.contains("camera=()", "microphone=()", "geolocation=()");
	}

}
