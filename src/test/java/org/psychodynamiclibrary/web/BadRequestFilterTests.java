package org.psychodynamiclibrary.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
@Import(WebTestPages.class)
@ExtendWith(OutputCaptureExtension.class)
class BadRequestFilterTests {

	@Autowired
	LocalHttp http;

	@Test
	void theErrorPathIsNotAPage() {
		for (String path : new String[] { "/error", "/error/", "/error;x=1", "/error?q=1", "/error/500" }) {
			HttpResponse<byte[]> response = this.http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
	}

	@Test
	void anUndecodableQueryIsABadRequestWithoutAStackTrace(CapturedOutput output) {
		HttpResponse<byte[]> response = this.http.get("/web-test/search?=%23");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(output).doesNotContain("InvalidParameterException");
	}

	@Test
	void aMalformedEscapeInAPathParameterIsABadRequest(CapturedOutput output) {
		// pages never cached (a cached page is served for any path parameters, malformed or not, before this check)
		for (String target : new String[] { "/sources/no-such-source;a=b%", "/articles/no-such-article;x=%zz",
				"/no-such-page;%" }) {
			String response = this.http.rawGet(target);
			assertThat(response).as(target).startsWith("HTTP/1.1 400").contains("Content-Security-Policy");
		}
		assertThat(output).doesNotContain("Incomplete trailing escape").doesNotContain("Exception Processing");
	}

	@Test
	void wellFormedEscapesAreNotMalformed() {
		assertThat(BadRequestFilter.hasMalformedEscape("/articles/th%C3%A9rapie;a=%2F")).isFalse();
		assertThat(BadRequestFilter.hasMalformedEscape("/a%")).isTrue();
		assertThat(BadRequestFilter.hasMalformedEscape("/a%4")).isTrue();
		assertThat(BadRequestFilter.hasMalformedEscape("/a%g1b")).isTrue();
	}

	@Test
	void ordinaryQueriesStillReachThePage() {
		assertThat(this.http.get("/web-test/search?q=transference&page=2").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/web-test/search?q=").statusCode()).isEqualTo(200);
	}

}
