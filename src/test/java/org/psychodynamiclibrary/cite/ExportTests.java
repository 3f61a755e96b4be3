package org.psychodynamiclibrary.cite;

import java.io.StringReader;
import java.util.List;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.Library;
import org.psychodynamiclibrary.model.Evidence;
import org.psychodynamiclibrary.model.Person;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downloads parse back with the tools reference managers use, and keep every field.
 */
class ExportTests {

	private final List<Source.Metadata> sources = ShippedContent.LIBRARY.sources().stream().map(Library.Source::metadata).toList();

	@Test
	void bibTexParsesBackWithJbibtexAndKeepsTitlesAndNames() throws Exception {
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(BibTexExport.write(this.sources)));
		assertThat(database.getEntries()).hasSize(this.sources.size());
		for (Source.Metadata source : this.sources) {
			BibTeXEntry entry = database.resolveEntry(new Key(source.key()));
			assertThat(entry).as(source.key()).isNotNull();
			// jbibtex's LaTeX printer turns a straight apostrophe into a typographic one
			assertThat(latex(entry, BibTeXEntry.KEY_TITLE).replace('\u2019', '\'')).as(source.key())
				.isEqualTo(source.title().replace('\u2019', '\''));
		}
		BibTeXEntry shedler = database.resolveEntry(new Key("shedler2010"));
		assertThat(shedler.getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
		assertThat(latex(shedler, BibTeXEntry.KEY_AUTHOR)).isEqualTo("Shedler, Jonathan");
		assertThat(latex(shedler, BibTeXEntry.KEY_JOURNAL)).isEqualTo("American Psychologist");
		assertThat(latex(shedler, BibTeXEntry.KEY_PAGES)).isEqualTo("98–109");
		assertThat(shedler.getField(BibTeXEntry.KEY_DOI).toUserString()).isEqualTo("10.1037/a0018378");
		BibTeXEntry csat = database.resolveEntry(new Key("csat1999-tip34-ch7"));
		assertThat(csat.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{Center for Substance Abuse Treatment}");
		assertThat(csat.getType()).isEqualTo(BibTeXEntry.TYPE_INCOLLECTION);
	}

	@Test
	void bibTexEscapesLatexSpecialCharacters() throws Exception {
		Source.Metadata odd = new Source.Metadata("odd", SourceType.BOOK, List.of(Person.organisation("Smith & Sons")),
				List.of(), List.of(), "100% of {braces} & #tags_", null, "P & Q", null, "2020", null, null, null, null, null, null,
				null, null, null, null, Evidence.TEXTBOOK);
		String bib = BibTexExport.write(List.of(odd));
		assertThat(bib).contains("title = {100\\% of \\{braces\\} \\& \\#tags\\_}");
		BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("odd"));
		assertThat(latex(entry, BibTeXEntry.KEY_TITLE)).isEqualTo("100% of {braces} & #tags_");
		assertThat(latex(entry, BibTeXEntry.KEY_PUBLISHER)).isEqualTo("P & Q");
	}

	@Test
	void risParsesBackWithEveryRecordAndItsFields() throws Exception {
		RISLibrary library = new RISParser().parse(new StringReader(RisExport.write(this.sources)));
		assertThat(library.getReferences()).hasSize(this.sources.size());
		RISReference shedler = library.getReferences()
			.stream()
			.filter((reference) -> "shedler2010".equals(reference.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(shedler.getType()).isEqualTo(RISType.JOUR);
		assertThat(shedler.getAuthors()).containsExactly("Shedler, Jonathan");
		assertThat(shedler.getTitle()).isEqualTo("The efficacy of psychodynamic psychotherapy");
		assertThat(shedler.getJournal()).isEqualTo("American Psychologist");
		assertThat(shedler.getVolume()).isEqualTo("65");
		assertThat(shedler.getDOI()).isEqualTo("10.1037/a0018378");
		assertThat(RisExport.write(this.sources)).contains("TY  - JOUR\r\n").contains("ER  - \r\n");
	}

	@Test
	void cslJsonIsAnArrayOfItemsWithTheirFields() {
		JsonNode items = JsonMapper.builder().build().readTree(CslJsonExport.write(this.sources));
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(this.sources.size());
		JsonNode fonagy = null;
		for (JsonNode item : items) {
			assertThat(item.get("id").asString()).isNotEmpty();
			assertThat(item.get("type").asString()).isNotEmpty();
			assertThat(item.get("title").asString()).isNotEmpty();
			if (item.get("id").asString().equals("fonagy2015")) {
				fonagy = item;
			}
		}
		assertThat(fonagy).isNotNull();
		assertThat(fonagy.get("type").asString()).isEqualTo("article-journal");
		assertThat(fonagy.get("author").get(0).get("family").asString()).isEqualTo("Fonagy");
		assertThat(fonagy.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2015);
		assertThat(fonagy.get("PMCID").asString()).isEqualTo("PMC4471961");
		assertThat(fonagy.has("language")).isFalse();
	}

	private static String latex(BibTeXEntry entry, Key key) throws Exception {
		return new LaTeXPrinter().print(new LaTeXParser().parse(entry.getField(key).toUserString()));
	}

}
