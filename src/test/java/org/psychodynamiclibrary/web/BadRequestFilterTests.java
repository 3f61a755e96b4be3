package org.psychodynamiclibrary.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
@Import(WebTestPages.class)
@ExtendWith(OutputCaptureExtension.class)
class BadRequestFilterTests {

	@LocalServerPort
	int port;

	LocalHttp http;

	@BeforeEach
	void client() {
		this.http = new LocalHttp(this.port);
	}

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
	void ordinaryQueriesStillReachThePage() {
		assertThat(this.http.get("/web-test/search?q=transference&page=2").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/web-test/search?q=").statusCode()).isEqualTo(200);
	}

}
