package org.psychodynamiclibrary.glossary;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistyped glossary address is a friendly 404 that suggests the nearest terms. Error pages need the real
 * servlet container (MockMvc never forwards to them), so this goes over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/glossary-content")
class GlossaryNotFoundTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownTermIsNotFoundAndTheNearestTermsAreSuggested() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/glossary/transferance"))
				.header("Accept", "text/html")
				.build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.select(".suggestions a[href^=/glossary/]").eachAttr("href")).first()
			.isEqualTo("/glossary/transference");
	}

}
