package org.psychodynamiclibrary.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.psychodynamiclibrary.search.SearchDocument.Kind;

/**
 * A reader's search, made safe: any input gives a valid request, never an error. The text loses control and
 * formatting characters and runs of white space, and is cut at {@value #MAX_LENGTH} characters
 * ({@code shortened} says so); an unknown kind means all kinds; a topic that is not a slug means all topics;
 * a page that is not a positive number means the first page.
 */
public record SearchRequest(String text, boolean shortened, String topic, Kind kind, int page) {

	/** The longest search text taken, in characters (Unicode code points). */
	public static final int MAX_LENGTH = 200;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	private static final Pattern PAGE = Pattern.compile("[0-9]{1,6}");

	public static SearchRequest of(String text, String topic, String kind, String page) {
		String clean = clean(text);
		boolean shortened = clean.codePointCount(0, clean.length()) > MAX_LENGTH;
		if (shortened) {
			clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		String slug = (topic != null) ? topic.strip() : "";
		String number = (page != null) ? page.strip() : "";
		return new SearchRequest(clean, shortened, SLUG.matcher(slug).matches() ? slug : null,
				(kind != null) ? Kind.fromKey(kind.strip().toLowerCase(Locale.ROOT)).orElse(null) : null,
				PAGE.matcher(number).matches() ? Math.max(1, Integer.parseInt(number)) : 1);
	}

	public static SearchRequest of(String text) {
		return of(text, null, null, null);
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

	/** The same search on another page. */
	public SearchRequest onPage(int page) {
		return new SearchRequest(this.text, this.shortened, this.topic, this.kind, page);
	}

	/** The same search for one kind (null: all kinds), from its first page. */
	public SearchRequest withKind(Kind kind) {
		return new SearchRequest(this.text, this.shortened, this.topic, kind, 1);
	}

	/** The same search in one topic (null: all topics), from its first page. */
	public SearchRequest withTopic(String topic) {
		return new SearchRequest(this.text, this.shortened, topic, this.kind, 1);
	}

	/** The address of this search's page: {@code /search?q=…}, with only the parameters that differ from the default. */
	public String url() {
		StringBuilder url = new StringBuilder("/search?q=").append(encode(this.text));
		if (this.topic != null) {
			url.append("&topic=").append(encode(this.topic));
		}
		if (this.kind != null) {
			url.append("&kind=").append(this.kind.key());
		}
		if (this.page > 1) {
			url.append("&page=").append(this.page);
		}
		return url.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(text.length(), 4 * MAX_LENGTH));
		boolean space = true;
		for (int i = 0; i < text.length() && clean.length() < 4 * MAX_LENGTH;) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isUnwanted(c)) {
				if (!space) {
					clean.append(' ');
				}
				space = true;
			}
			else {
				clean.appendCodePoint(c);
				space = false;
			}
		}
		return clean.toString().strip();
	}

	/** Control and formatting characters (including bidi overrides), unpaired surrogates, unassigned code points. */
	private static boolean isUnwanted(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
	}

}
