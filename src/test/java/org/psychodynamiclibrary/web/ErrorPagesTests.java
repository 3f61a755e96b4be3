package org.psychodynamiclibrary.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages need the real servlet container (MockMvc never forwards to them), so these go over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
class ErrorPagesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void mistypedArticleIsNotFoundWithSuggestionsAndTopics() throws Exception {
		HttpResponse<String> response = get("/articles/frist-steps");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Page not found</h1>")
			.contains("<a href=\"/articles/first-steps\">First steps</a>")
			.contains("<a href=\"/topics/practice\">Practice</a>")
			.contains("Need help now?")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080/articles/frist-steps\">");
	}

	@Test
	void unknownTopicAndUnknownPathAreFriendlyNotFoundPages() throws Exception {
		for (String path : new String[] { "/topics/nothing", "/no/such/page", "/articles/" + "x".repeat(2000),
				"/articles/th%C3%A9rapie" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Exception");
		}
	}

	@Test
	void traversalAndEncodedSlashesAreRejectedWithoutAStackTrace() throws Exception {
		for (String path : new String[] { "/articles/..%2f..%2fetc%2fpasswd", "/articles/%2e%2e/%2e%2e/", "/articles/a%00b",
				"/topics/%252e%252e" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isBetween(400, 404);
			assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
