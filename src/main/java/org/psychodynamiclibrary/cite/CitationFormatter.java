package org.psychodynamiclibrary.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.psychodynamiclibrary.model.CiteThis;
import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceType;

/**
 * Formats references with citeproc-java and the official CSL styles. Slow (each style is compiled from
 * XML), so it runs once at import and its output is stored.
 * <p>
 * The source fields are mapped with care, because fed naively APA prints "2 ed." for a numeric edition and
 * treats an article number ("CD004687") as a page range.
 */
public final class CitationFormatter {

	public static final String APA = "apa";

	public static final String MLA = "modern-language-association";

	public static final String CHICAGO = "chicago-author-date";

	private static final Pattern ARTICLE_NUMBER = Pattern.compile("[A-Za-z]+\\d+|e\\d+");

	private final Map<String, CSLItemData> items = new HashMap<>();

	private final Map<String, CSL> styles = new HashMap<>();

	/** Formats one reference in a style, as HTML without inline styles. Each style is compiled once. */
	public synchronized String format(String style, CSLItemData item) {
		this.items.put(item.getId(), item);
		CSL csl = this.styles.computeIfAbsent(style, this::load);
		csl.reset();
		// reset() also restores the default output format
		csl.setOutputFormat(new CspSafeHtmlFormat());
		csl.setConvertLinks(true);
		csl.registerCitationItems(item.getId());
		// citeproc-java writes the delimiter of APA's "secondary contributors" group even when its first name list
		// (container authors) is empty: "(; A. A. Brill, Trans.)"
		return csl.makeBibliography().getEntries()[0].replace("(; ", "(");
	}

	private CSL load(String style) {
		try {
			CSL csl = new CSL(new ItemDataProvider() {

				@Override
				public CSLItemData retrieveItem(String id) {
					return CitationFormatter.this.items.get(id);
				}

				@Override
				public Collection<String> getIds() {
					return CitationFormatter.this.items.keySet();
				}

			}, style);
			return csl;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("CSL style '" + style + "' cannot be loaded", ex);
		}
	}

	public String apa(Source.Metadata source) {
		CSLItemData item = item(source);
		if (source.container() != null && source.container().equals(source.container().toUpperCase())) {
			// CSL title case lowercases an all-capitals string first ("JAMA" would print as "Jama"), and it only
			// title-cases English items: for display, such an item is marked as not English
			item = new CSLItemDataBuilder(item).language("und").build();
		}
		return format(APA, item);
	}

	/** A CSL item for a source, the shape both the formatter and the CSL-JSON download use. */
	public static CSLItemData item(Source.Metadata source) {
		CSLItemDataBuilder item = new CSLItemDataBuilder().id(source.key())
			.type(cslType(source.type()))
			.title(source.title())
			.publisher(source.publisher())
			.publisherPlace(source.place())
			.volume(source.volume())
			.issue(source.issue())
			.DOI(source.doi())
			.PMID(source.pmid())
			.PMCID(source.pmcid())
			.ISBN(source.isbn())
			.URL(source.url());
		if (!source.authors().isEmpty()) {
			item.author(names(source.authors()));
		}
		if (!source.editors().isEmpty()) {
			item.editor(names(source.editors()));
		}
		if (!source.translators().isEmpty()) {
			item.translator(names(source.translators()));
		}
		if (source.container() != null) {
			item.containerTitle(source.container());
		}
		if (source.pages() != null) {
			if (ARTICLE_NUMBER.matcher(source.pages()).matches()) {
				item.number(source.pages());
			}
			else {
				item.page(source.pages());
			}
		}
		if (source.edition() != null) {
			item.edition(ordinal(source.edition()));
		}
		if (source.issued() != null) {
			item.issued(date(source.issued()));
		}
		if (source.accessed() != null) {
			LocalDate accessed = source.accessed();
			item.accessed(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth());
		}
		switch (source.type()) {
			case PRESS_RELEASE -> item.genre("Press release");
			case LEAFLET -> item.genre("Leaflet");
			default -> {
			}
		}
		return item.build();
	}

	/** "Cite this article" in APA, MLA and Chicago, for an article described by {@link CitableArticle}. */
	public CiteThis citeThis(Source.Metadata article) {
		CSLItemData item = item(article);
		return new CiteThis(format(APA, item), format(MLA, item), format(CHICAGO, item));
	}

	private static CSLType cslType(SourceType type) {
		return switch (type) {
			case JOURNAL_ARTICLE -> CSLType.ARTICLE_JOURNAL;
			case BOOK -> CSLType.BOOK;
			case CHAPTER -> CSLType.CHAPTER;
			case REPORT, PRESS_RELEASE -> CSLType.REPORT;
			case WEB_PAGE -> CSLType.WEBPAGE;
			case LEAFLET -> CSLType.WEBPAGE;
		};
	}

	private static CSLName[] names(List<Person> people) {
		return people.stream()
			.map((person) -> person.isOrganisation() ? new CSLNameBuilder().literal(person.literal()).build()
					: new CSLNameBuilder().family(person.family()).given(person.given()).build())
			.toArray(CSLName[]::new);
	}

	private static de.undercouch.citeproc.csl.CSLDate date(String issued) {
		String[] parts = issued.split("-");
		int[] numbers = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			numbers[i] = Integer.parseInt(parts[i]);
		}
		return new CSLDateBuilder().dateParts(numbers).build();
	}

	/** "2" becomes "2nd": citeproc-java does not apply CSL's ordinal form to a number given as text. */
	static String ordinal(String edition) {
		if (!edition.matches("\\d+")) {
			return edition;
		}
		int number = Integer.parseInt(edition);
		int lastTwo = number % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

}
