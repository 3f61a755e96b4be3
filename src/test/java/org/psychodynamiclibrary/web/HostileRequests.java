package org.psychodynamiclibrary.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile request targets: the site's paths followed by payloads of script and markup, template
 * expressions, traversal, broken and double percent-encodings, control characters, other scripts and very long
 * strings, in the path or the query. {@link #MUST_NOT_APPEAR} lists what a response body must never contain:
 * the payloads' active forms, the evaluated template expression, and files that traversal would reach.
 */
final class HostileRequests {

	static final List<String> MUST_NOT_APPEAR = List.of("<script>fz", "<svg onload=fz", "<img src=x onerror=fz",
			"<iframe src=fz", "href=\"javascript:fz", "1787569", "root:x:0:0", "spring.application.name",
			"<web-app", "Manifest-Version");

	private static final List<String> PATHS = List.of("/", "/articles/", "/articles/first-steps",
			"/articles/frist-steps", "/articles/first-steps/cite.ris", "/topics/", "/topics/basics", "/topics/practice",
			"/topics/concepts", "/sources", "/sources/", "/sources/shedler2010", "/sources/shedler2010/cite.json",
			"/sources/all.bib", "/help", "/about", "/search", "/glossary", "/error", "/actuator/health", "/actuator/",
			"/css/", "/web-test/page", "/web-test/search", "/web-test/fixture.css", "/favicon.ico", "/h2-console/",
			"/WEB-INF/", "/static/");

	private static final List<String> QUERY_NAMES = List.of("q", "q", "q", "page", "sort", "topic", "kind", "tag", "lang",
			"utm_source", "q[]", "", "redirect", "template");

	private static final List<String> PAYLOADS = List.of(
			// markup and script
			"<script>fz()</script>", "\"><svg onload=fz>", "'><img src=x onerror=fz>", "</title><script>fz()</script>",
			"</textarea><iframe src=fz>", "javascript:fz()", "\" autofocus onfocus=\"fz", "<!--", "]]>", "&lt;&amp;",
			// template and expression languages (1337*1337 = 1787569)
			"${1337*1337}", "#{1337*1337}", "*{1337*1337}", "[[${1337*1337}]]", "__${1337*1337}__::x", "{{1337*1337}}",
			"~{::x}", "@{x}", "<%= 1337*1337 %>", "${T(java.lang.Runtime).getRuntime()}",
			// traversal
			"..", "../", "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "..;/", "....//", ".%00.",
			"WEB-INF/web.xml", "META-INF/MANIFEST.MF", "application.properties", "classpath:application.properties",
			"/etc/passwd", "file:///etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2fapplication.properties",
			"%252e%252e%252f", "%c0%ae%c0%ae/", "..%5c..%5c", "%2e%2e/%2e%2e/META-INF/MANIFEST.MF",
			// control characters and header injection
			"\u0000", "\r\nX-Fuzz-Injected: yes", "%0d%0aX-Fuzz-Injected:%20yes", "\t", "\u001b[31m", "\u007f",
			"\u0085", "\b",
			// broken encodings, pre-encoded on purpose
			"%", "%%", "%zz", "%2", "%u0041", "%2F", "%5C", "%3B", "%23", "%3F", "%ff%fe", "%c3", "%e2%82",
			"%ed%a0%80", "%00", "%25", "%252F", "+", "%2B",
			// other scripts and Unicode oddities
			"ψυχοθεραπεία", "психотерапия", "精神分析", "العلاج النفسي", "🧠💬", "\u202Egnp.exe", "\u200B", "ﬁ",
			"e\u0301", "İı", "\uFEFF",
			// numbers and shapes
			"-1", "0", "99999999999999999999", "1e309", "NaN", "null", "undefined", "true", "[]", "{}", " ", "",
			";jsessionid=fz", ";a=b", "//", "///", "/./", "?", "#fragment", "&", "=", "==");

	private final Random random;

	HostileRequests(Random random) {
		this.random = random;
	}

	/** A target whose unsafe characters are percent-encoded, as a browser would send it. */
	String encodedTarget(int index) {
		String path = pick(PATHS);
		String payload = payload(index);
		String encoded = encode(payload);
		return switch (index % 5) {
			case 0 -> path + encoded;
			case 1 -> path + encoded + "?" + pick(QUERY_NAMES) + "=" + encode(payload(index + 1));
			case 2 -> path + "?" + query(payload);
			case 3 -> path + "?" + query(payload) + "&" + query(payload(index + 7));
			default -> path + (this.random.nextBoolean() ? encoded : "") + "?" + pick(QUERY_NAMES) + "="
					+ encode(encode(payload));
		};
	}

	/** A target with the payload's bytes as they are: spaces, quotes, angle brackets and control characters. */
	String rawTarget(int index) {
		String path = pick(PATHS);
		String payload = payload(index).replace("\r", "").replace("\n", "");
		return this.random.nextBoolean() ? path + payload : path + "?" + pick(QUERY_NAMES) + "=" + payload;
	}

	private String query(String payload) {
		return pick(QUERY_NAMES) + "=" + encode(payload);
	}

	private String payload(int index) {
		return switch (index % 11) {
			case 3 -> randomString(1 + this.random.nextInt(40));
			case 7 -> pick(PAYLOADS) + pick(PAYLOADS);
			case 10 -> long_();
			default -> pick(PAYLOADS);
		};
	}

	private String long_() {
		int length = List.of(1_000, 4_000, 7_900, 9_000, 20_000).get(this.random.nextInt(5));
		String unit = pick(PAYLOADS);
		StringBuilder payload = new StringBuilder(length);
		while (payload.length() < length) {
			payload.append(unit.isEmpty() ? "a" : unit);
		}
		return payload.substring(0, length);
	}

	private String randomString(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int kind = this.random.nextInt(4);
			text.appendCodePoint(switch (kind) {
				case 0 -> this.random.nextInt(0x20); // control
				case 1 -> 0x20 + this.random.nextInt(0x5f); // printable ASCII
				case 2 -> 0xa0 + this.random.nextInt(0x2000); // Latin, Greek, Cyrillic, ...
				default -> 0x4e00 + this.random.nextInt(0x5000); // CJK
			});
		}
		return text.toString();
	}

	/**
	 * Percent-encodes the UTF-8 bytes of everything but unreserved characters and {@code /}; well-formed {@code %XX}
	 * sequences already in the payload are kept half the time, so pre-encoded payloads (encoded slashes, NUL,
	 * overlong UTF-8) reach the server decoded once. Malformed ones are always encoded here: a {@link java.net.URI}
	 * cannot hold them, so {@link #rawTarget} sends those.
	 */
	private String encode(String payload) {
		boolean keepPercent = this.random.nextBoolean();
		StringBuilder encoded = new StringBuilder();
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int c = bytes[i] & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0
					|| (keepPercent && c == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]))) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

	private static boolean hex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
