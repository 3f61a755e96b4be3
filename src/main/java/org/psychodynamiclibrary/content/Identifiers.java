package org.psychodynamiclibrary.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the identifiers a source may carry. Each check returns what is wrong, or empty when the value is fine.
 */
final class Identifiers {

	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

	private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");

	private static final Pattern PMCID = Pattern.compile("PMC\\d{1,9}");

	private Identifiers() {
	}

	static Optional<String> doi(String doi) {
		if (doi.matches("(?i)(https?://)?(dx\\.)?doi\\.org/.*|doi:.*")) {
			return Optional.of("write the DOI without its prefix, e.g. 10.1037/a0018378, not '" + doi + "'");
		}
		return DOI.matcher(doi).matches() ? Optional.empty()
				: Optional.of("bad DOI '" + doi + "': a DOI starts with '10.', then a registrant number, '/' and a suffix");
	}

	static Optional<String> pmid(String pmid) {
		return PMID.matcher(pmid).matches() ? Optional.empty()
				: Optional.of("bad PMID '" + pmid + "': a PubMed id is digits only, e.g. \"20141265\"");
	}

	static Optional<String> pmcid(String pmcid) {
		return PMCID.matcher(pmcid).matches() ? Optional.empty()
				: Optional.of("bad PMCID '" + pmcid + "': write 'PMC' and digits, e.g. PMC4471961");
	}

	static Optional<String> isbn(String isbn) {
		String digits = isbn.replaceAll("[\\s-]", "");
		boolean valid = (digits.matches("\\d{13}") && isbn13(digits)) || (digits.matches("\\d{9}[\\dXx]") && isbn10(digits));
		return valid ? Optional.empty()
				: Optional.of("bad ISBN '" + isbn + "': not a valid ISBN-10 or ISBN-13 (the check digit does not match)");
	}

	private static boolean isbn13(String digits) {
		int sum = 0;
		for (int i = 0; i < 13; i++) {
			sum += (digits.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return sum % 10 == 0;
	}

	private static boolean isbn10(String digits) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char c = digits.charAt(i);
			int value = (c == 'X' || c == 'x') ? 10 : c - '0';
			sum += value * (10 - i);
		}
		return sum % 11 == 0;
	}

	static Optional<String> url(String url) {
		try {
			URI uri = new URI(url);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
				return Optional.empty();
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		return Optional.of("bad URL '" + url + "': write a full http:// or https:// address, with spaces encoded as %20");
	}

}
