package org.psychodynamiclibrary.cite;

import java.util.List;

import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceType;

/**
 * Writes sources in RIS, the tagged format every reference manager imports: one {@code TAG  - value} line
 * each, records ending with {@code ER  - }, lines ending with CR LF as the format asks.
 */
final class RisExport {

	private RisExport() {
	}

	static String write(List<Source.Metadata> sources) {
		StringBuilder out = new StringBuilder();
		sources.forEach((source) -> record(source, out));
		return out.toString();
	}

	private static void record(Source.Metadata source, StringBuilder out) {
		line(out, "TY", type(source.type()));
		source.authors().forEach((person) -> line(out, "AU", name(person)));
		source.editors().forEach((person) -> line(out, "ED", name(person)));
		line(out, "TI", source.title());
		line(out, "M3", (source.type() == SourceType.PRESS_RELEASE) ? "Press release" : null);
		line(out, (source.type() == SourceType.JOURNAL_ARTICLE) ? "JO" : "T2", source.container());
		if (source.issued() != null) {
			line(out, "PY", String.valueOf(source.year()));
			if (source.issued().length() == 10) {
				line(out, "DA", source.issued().replace('-', '/'));
			}
		}
		line(out, "VL", source.volume());
		line(out, "IS", source.issue());
		if (source.pages() != null) {
			String[] range = source.pages().split("-", 2);
			line(out, "SP", range[0]);
			line(out, "EP", (range.length > 1) ? range[1] : null);
		}
		line(out, "ET", source.edition());
		line(out, "PB", source.publisher());
		line(out, "CY", source.place());
		line(out, "DO", source.doi());
		line(out, "SN", source.isbn());
		line(out, "UR", source.url());
		line(out, "Y2", (source.accessed() != null) ? source.accessed().toString().replace('-', '/') : null);
		line(out, "AN", (source.pmid() != null) ? "PMID: " + source.pmid() : null);
		line(out, "C2", source.pmcid());
		line(out, "ID", source.key());
		out.append("ER  - \r\n\r\n");
	}

	private static String type(SourceType type) {
		return switch (type) {
			case JOURNAL_ARTICLE -> "JOUR";
			case BOOK -> "BOOK";
			case CHAPTER -> "CHAP";
			case REPORT -> "RPRT";
			case WEB_PAGE -> "ELEC";
			// "PRESS" is in newer RIS lists but not all readers know it; generic plus a type of work is safe
			case PRESS_RELEASE -> "GEN";
			case LEAFLET -> "PAMP";
		};
	}

	private static String name(Person person) {
		return person.isOrganisation() ? person.literal() : person.family() + ", " + person.given();
	}

	private static void line(StringBuilder out, String tag, String value) {
		if (value != null && !value.isBlank()) {
			out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
		}
	}

}
