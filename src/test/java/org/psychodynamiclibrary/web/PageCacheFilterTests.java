package org.psychodynamiclibrary.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
@Import(WebTestPages.class)
class PageCacheFilterTests {

	@Autowired
	WebTestPages.PagesController pages;

	@Autowired
	LocalHttp http;

	@Test
	void aPageIsRenderedOnceAndThenServedFromMemory() {
		String url = "/web-test/search?q=" + UUID.randomUUID();
		int before = this.pages.renders.get();
		HttpResponse<byte[]> first = this.http.get(url);
		HttpResponse<byte[]> second = this.http.get(url);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(text(second)).isEqualTo(text(first));
		assertThat(this.pages.renders.get()).isEqualTo(before + 1);
	}

	@Test
	void concurrentFirstRequestsWaitForOneRender() throws Exception {
		String url = "/web-test/search?q=" + UUID.randomUUID();
		int before = this.pages.renders.get();
		ExecutorService clients = Executors.newFixedThreadPool(16);
		try {
			List<Future<HttpResponse<byte[]>>> responses = clients
				.invokeAll(Collections.nCopies(16, () -> this.http.get(url)));
			String expected = text(responses.get(0).get());
			for (Future<HttpResponse<byte[]>> response : responses) {
				assertThat(response.get().statusCode()).isEqualTo(200);
				assertThat(text(response.get())).isEqualTo(expected);
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(this.pages.renders.get()).isEqualTo(before + 1);
	}

	@Test
	void aCachedPageCarriesAStrongEtagLastModifiedAndTheConfiguredCacheControl() {
		HttpResponse<byte[]> page = this.http.get("/web-test/page");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(header(page, "ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(header(page, "Last-Modified")).endsWith("GMT");
		assertThat(header(page, "Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(header(page, "Vary")).isEqualTo("Accept-Encoding");
		assertThat(header(page, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(header(page, "Content-Length")).isEqualTo(String.valueOf(page.body().length));
	}

	@Test
	void theCurrentEtagInIfNoneMatchIsNotModified() {
		String etag = header(this.http.get("/web-test/page"), "ETag");
		HttpResponse<byte[]> conditional = this.http.get("/web-test/page", "If-None-Match", "\"other\", " + etag);
		assertThat(conditional.statusCode()).isEqualTo(304);
		assertThat(conditional.body()).isEmpty();
		assertThat(header(conditional, "ETag")).isEqualTo(etag);
		assertThat(header(conditional, "Cache-Control")).isEqualTo("public, max-age=300");
	}

	@Test
	void aStaleEtagGetsTheWholePage() {
		HttpResponse<byte[]> conditional = this.http.get("/web-test/page", "If-None-Match", "\"stale\"");
		assertThat(conditional.statusCode()).isEqualTo(200);
		assertThat(conditional.body()).isNotEmpty();
	}

	@Test
	void ifModifiedSinceTheContentLoadIsNotModified() {
		String lastModified = header(this.http.get("/web-test/page"), "Last-Modified");
		HttpResponse<byte[]> conditional = this.http.get("/web-test/page", "If-Modified-Since", lastModified);
		assertThat(conditional.statusCode()).isEqualTo(304);
		assertThat(conditional.body()).isEmpty();
	}

	@Test
	void ifModifiedSinceBeforeTheContentLoadGetsThePage() {
		String yesterday = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.now(ZoneOffset.UTC).minusDays(1));
		assertThat(this.http.get("/web-test/page", "If-Modified-Since", yesterday).statusCode()).isEqualTo(200);
		assertThat(this.http.get("/web-test/page", "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
	}

	@Test
	void ifNoneMatchDecidesWhenBothConditionsAreSent() {
		String lastModified = header(this.http.get("/web-test/page"), "Last-Modified");
		HttpResponse<byte[]> conditional = this.http.get("/web-test/page", "If-None-Match", "\"stale\"",
				"If-Modified-Since", lastModified);
		assertThat(conditional.statusCode()).isEqualTo(200);
	}

	@Test
	void gzipIsServedWhenAcceptedWithItsOwnEtag() throws IOException {
		HttpResponse<byte[]> identity = this.http.get("/web-test/page");
		HttpResponse<byte[]> gzipped = this.http.get("/web-test/page", "Accept-Encoding", "br, gzip;q=0.8");
		assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.body().length).isLessThan(identity.body().length);
		assertThat(gunzip(gzipped.body())).isEqualTo(new String(identity.body(), StandardCharsets.UTF_8));
		assertThat(header(gzipped, "ETag")).isNotEqualTo(header(identity, "ETag")).endsWith("-gz\"");
		assertThat(this.http.get("/web-test/page", "Accept-Encoding", "gzip", "If-None-Match",
				header(gzipped, "ETag")).statusCode()).isEqualTo(304);
	}

	@Test
	void identityIsServedWhenGzipIsNotAccepted() {
		for (String acceptEncoding : List.of("identity", "gzip;q=0", "br", "*;q=0")) {
			HttpResponse<byte[]> page = this.http.get("/web-test/page", "Accept-Encoding", acceptEncoding);
			assertThat(page.headers().firstValue("Content-Encoding")).as(acceptEncoding).isEmpty();
			assertThat(new String(page.body(), StandardCharsets.UTF_8)).as(acceptEncoding).contains("<h1>");
		}
		assertThat(this.http.get("/web-test/page").headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void headIsAnsweredFromTheCacheWithoutABody() {
		HttpResponse<byte[]> get = this.http.get("/web-test/page");
		HttpResponse<byte[]> head = this.http.send("HEAD", "/web-test/page");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().length));
		assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
	}

	@Test
	void responsesThatMustNotBeSharedAreRenderedEveryTime() {
		int before = this.pages.renders.get();
		this.http.get("/web-test/cookie");
		HttpResponse<byte[]> again = this.http.get("/web-test/cookie");
		assertThat(header(again, "Set-Cookie")).startsWith("visited=yes");
		assertThat(again.headers().firstValue("ETag")).isEmpty();
		this.http.get("/web-test/plain");
		this.http.get("/web-test/plain");
		assertThat(this.pages.renders.get()).isEqualTo(before + 4);
	}

	@Test
	void pathParametersShareThePagesEntry() {
		String etag = header(this.http.get("/web-test/page"), "ETag");
		for (String variant : new String[] { "/web-test/page;jsessionid=x", "/web-test;a=1/page", "/web-test/%70age" }) {
			HttpResponse<byte[]> page = this.http.get(variant);
			assertThat(page.statusCode()).as(variant).isEqualTo(200);
			assertThat(header(page, "ETag")).as(variant).isEqualTo(etag);
		}
	}

	@Test
	void notFoundIsNotCached() {
		HttpResponse<byte[]> missing = this.http.get("/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("ETag")).isEmpty();
		assertThat(this.http.get("/no-such-page").statusCode()).isEqualTo(404);
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
