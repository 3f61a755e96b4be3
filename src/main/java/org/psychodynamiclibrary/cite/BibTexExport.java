package org.psychodynamiclibrary.cite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceType;

/**
 * Writes sources as BibTeX (biblatex-friendly) with jbibtex. Values are braced and LaTeX's special
 * characters escaped; other Unicode is kept, as modern reference managers read UTF-8.
 */
final class BibTexExport {

	private BibTexExport() {
	}

	static String write(List<Source.Metadata> sources) {
		BibTeXDatabase database = new BibTeXDatabase();
		sources.forEach((source) -> database.addObject(entry(source)));
		StringWriter out = new StringWriter();
		try {
			new BibTeXFormatter().format(database, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static BibTeXEntry entry(Source.Metadata source) {
		BibTeXEntry entry = new BibTeXEntry(new Key(entryType(source.type())), new Key(source.key()));
		field(entry, "author", names(source.authors()));
		field(entry, "editor", names(source.editors()));
		field(entry, "translator", names(source.translators()));
		field(entry, "title", source.title());
		switch (source.type()) {
			case JOURNAL_ARTICLE -> field(entry, "journal", source.container());
			case CHAPTER -> field(entry, "booktitle", source.container());
			case WEB_PAGE, LEAFLET, PRESS_RELEASE -> field(entry, "howpublished", source.container());
			default -> {
			}
		}
		field(entry, (source.type() == SourceType.REPORT) ? "institution" : "publisher", source.publisher());
		field(entry, "address", source.place());
		if (source.issued() != null) {
			field(entry, "year", String.valueOf(source.year()));
			field(entry, "date", source.issued());
		}
		field(entry, "volume", source.volume());
		field(entry, "number", source.issue());
		field(entry, "pages", (source.pages() != null) ? source.pages().replace("-", "--") : null);
		field(entry, "edition", source.edition());
		field(entry, "doi", source.doi());
		field(entry, "pmid", source.pmid());
		field(entry, "pmcid", source.pmcid());
		field(entry, "isbn", source.isbn());
		field(entry, "url", source.url());
		field(entry, "urldate", (source.accessed() != null) ? source.accessed().toString() : null);
		switch (source.type()) {
			case PRESS_RELEASE -> field(entry, "note", "Press release");
			case LEAFLET -> field(entry, "note", "Leaflet");
			default -> {
			}
		}
		return entry;
	}

	private static String entryType(SourceType type) {
		return switch (type) {
			case JOURNAL_ARTICLE -> "article";
			case BOOK -> "book";
			case CHAPTER -> "incollection";
			case REPORT -> "techreport";
			case WEB_PAGE, PRESS_RELEASE, LEAFLET -> "misc";
		};
	}

	/** BibTeX names: "Family, Given and Family, Given"; an organisation in braces so it is not split. */
	private static String names(List<Person> people) {
		if (people.isEmpty()) {
			return null;
		}
		return people.stream()
			.map((person) -> person.isOrganisation() ? "{" + escape(person.literal()) + "}"
					: escape(person.family()) + ", " + escape(person.given()))
			.collect(Collectors.joining(" and "));
	}

	private static void field(BibTeXEntry entry, String name, String value) {
		if (value == null) {
			return;
		}
		boolean raw = name.equals("author") || name.equals("editor") || name.equals("url") || name.equals("doi");
		entry.addField(new Key(name), new StringValue(raw ? value : escape(value), StringValue.Style.BRACED));
	}

	/** Escapes the characters LaTeX treats as commands or groups. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
