package org.psychodynamiclibrary.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
@Import(WebTestPages.class)
class ReadOnlyMethodsFilterTests {

	@Autowired
	LocalHttp http;

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "CONNECTX" })
	void anyMethodButGetAndHeadIsNotAllowed(String method) {
		for (String path : new String[] { "/web-test/page", "/web-test/fixture.css", "/actuator/health",
				"/no-such-page" }) {
			HttpResponse<byte[]> response = this.http.send(method, path);
			assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET, HEAD");
		}
	}

	@Test
	void traceIsRefusedByTomcatItself() {
		assertThat(this.http.send("TRACE", "/web-test/page").statusCode()).isEqualTo(405);
	}

	@Test
	void getAndHeadAreServed() {
		assertThat(this.http.get("/web-test/page").statusCode()).isEqualTo(200);
		assertThat(this.http.send("HEAD", "/web-test/fixture.css").statusCode()).isEqualTo(200);
	}

}
