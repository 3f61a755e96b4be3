package org.psychodynamiclibrary.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
@Import(WebTestPages.class)
class StaticAssetConfigurationTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/web-test/fixture-[0-9a-f]{32}\\.css)\"");

	@Autowired
	LocalHttp http;

	@Test
	void pagesLinkAssetsByContentHashAndTheyAreCachedForAYearAsImmutable() {
		String href = linkedStylesheet();
		HttpResponse<byte[]> asset = this.http.get(href);
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
		assertThat(asset.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(new String(asset.body(), StandardCharsets.UTF_8)).contains("font-family");
	}

	@Test
	void aStaleOrMadeUpHashIsNotFound() {
		assertThat(this.http.get("/web-test/fixture-0123456789abcdef0123456789abcdef.css").statusCode())
			.isEqualTo(404);
	}

	private String linkedStylesheet() {
		String page = new String(this.http.get("/web-test/page").body(), StandardCharsets.UTF_8);
		Matcher link = STYLESHEET.matcher(page);
		assertThat(link.find()).as("fingerprinted stylesheet link in %s", page).isTrue();
		return link.group(1);
	}

}
