package org.psychodynamiclibrary.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of hostile paths and query strings against the running server: no response may be a server error,
 * lack the security headers, or bring a payload back unescaped. Random but seeded ({@code -Dfuzz.seed=...},
 * {@code -Dfuzz.count=...}), so a failure reproduces; every failure names its request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
@Import(WebTestPages.class)
class HostileRequestFuzzTests {

	private static final long SEED = Long.getLong("fuzz.seed", 20261125L);

	private static final int COUNT = Integer.getInteger("fuzz.count", 2400);

	@Autowired
	LocalHttp http;

	@Test
	void encodedHostileRequestsGetNoServerErrorAndNoReflection() {
		HostileRequests requests = new HostileRequests(new Random(SEED));
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < COUNT && failures.size() < 20; i++) {
			String target = requests.encodedTarget(i);
			String method = (i % 10 == 9) ? "HEAD" : "GET";
			HttpResponse<byte[]> response = this.http.send(method, target);
			check(method + " " + shortened(target), response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
					response.headers().map().keySet(), failures);
		}
		assertThat(failures).as("seed %d: failing requests", SEED).isEmpty();
	}

	@Test
	void rawBytesInTheRequestLineGetNoServerErrorAndNoReflection() {
		HostileRequests requests = new HostileRequests(new Random(SEED + 1));
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < COUNT / 8 && failures.size() < 20; i++) {
			String target = requests.rawTarget(i);
			String response = this.http.rawGet(target);
			String label = "raw GET " + shortened(target.replaceAll("\\p{Cntrl}", "?"));
			int headerEnd = response.indexOf("\r\n\r\n");
			String head = (headerEnd < 0) ? response : response.substring(0, headerEnd);
			String body = (headerEnd < 0) ? "" : response.substring(headerEnd + 4);
			List<String> headerNames = head.lines().skip(1).map((line) -> line.split(":", 2)[0]).toList();
			check(label, status(head), body, headerNames, failures);
		}
		assertThat(failures).as("seed %d: failing requests", SEED + 1).isEmpty();
	}

	private static void check(String request, int status, String body, Iterable<String> headerNames,
			List<String> failures) {
		if (status >= 500 || status < 100) {
			failures.add(status + " for " + request);
		}
		boolean securityHeaders = false;
		for (String header : headerNames) {
			if (header.equalsIgnoreCase("X-Fuzz-Injected")) {
				failures.add("injected header for " + request);
			}
			securityHeaders |= header.equalsIgnoreCase("Content-Security-Policy");
		}
		if (!securityHeaders) {
			failures.add("no security headers (" + status + ") for " + request);
		}
		for (String marker : HostileRequests.MUST_NOT_APPEAR) {
			if (body.contains(marker)) {
				failures.add("body contains [" + marker + "] for " + request);
			}
		}
	}

	private static String shortened(String target) {
		return (target.length() <= 300) ? target
				: target.substring(0, 300) + "... (" + target.length() + " characters)";
	}

	private static int status(String head) {
		String[] statusLine = head.split(" ", 3);
		try {
			return (statusLine.length > 1) ? Integer.parseInt(statusLine[1]) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
