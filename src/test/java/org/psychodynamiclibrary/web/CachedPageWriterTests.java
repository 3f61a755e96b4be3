package org.psychodynamiclibrary.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CachedPageWriterTests {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", value = {
		"NULL | false",
		"'' | false",
		"gzip | true",
		"GZIP | true",
		"gzip, deflate, br | true",
		"br;q=1.0, gzip;q=0.8, *;q=0.1 | true",
		"gzip;q=0 | false",
		"gzip; q=0.0 | false",
		"gzip;q=nonsense | false",
		"identity | false",
		"br | false",
		"* | true",
		"*;q=0 | false",
		"gzip;q=0, * | false",
		"x-gzip | true" })
	void acceptEncodingIsReadWithItsQualityValues(String acceptEncoding, boolean gzip) {
		assertThat(CachedPageWriter.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
	}

}
