package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in the whole application over HTTP: the index is built from the imported fixture content, and odd
 * queries pass through the real servlet container.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
class SearchApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void findsImportedArticlesByTheirText() throws Exception {
		HttpResponse<String> response = get("/search?q=" + encode("repeated headings"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<a href=\"/articles/first-steps\">First steps</a>")
			.contains("<span>Article</span> in <span>Basics</span>")
			.contains("A <mark>repeated</mark> <mark>heading</mark>.");
	}

	@Test
	void everyPageHasTheSearchBox() throws Exception {
		for (String path : new String[] { "/", "/topics/basics", "/articles/in-the-room", "/no-such-page" }) {
			assertThat(get(path).body()).as(path)
				.contains("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "\"", "*", "AND (", "title:x", "\\", "\u0000\u0001\u001b", "<b>x</b>&amp;",
			"精神分析", "%", "%%41", "'; DROP TABLE article; --" })
	void oddQueriesThroughTheServerGiveANormalPage(String query) throws Exception {
		HttpResponse<String> response = get("/search?q=" + encode(query) + "&page=" + encode(query) + "&kind="
				+ encode(query) + "&topic=" + encode(query));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>").doesNotContain("<b>x</b>");
	}

	@Test
	void queryOfThousandsOfCharactersIsCut() throws Exception {
		HttpResponse<String> response = get("/search?q=" + encode("sessions ".repeat(600)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("only its first 200 characters were used")
			.contains("<a href=\"/articles/in-the-room\">In the room</a>");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
