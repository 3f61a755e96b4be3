package org.psychodynamiclibrary.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psychodynamiclibrary.cite.CitationFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of broken source or citation stops the import with {@code path:line: message}.
 */
class SourceValidationTests {

	private static final CitationFormatter FORMATTER = new CitationFormatter();

	private static final String SHEDLER = """
			---
			type: journal-article
			authors:
			  - family: Shedler
			    given: Jonathan
			title: The efficacy of psychodynamic psychotherapy
			container: American Psychologist
			issued: 2010
			volume: "65"
			issue: "2"
			pages: 98-109
			doi: 10.1037/a0018378
			evidence: review
			---
			A review of meta-analyses.
			""";

	@TempDir
	Path root;

	@BeforeEach
	void writeFixture() throws IOException {
		write("topics/concepts.md", "---\ntitle: Concepts\nsummary: Ideas.\norder: 1\n---\nIntro.\n");
		write("sources/shedler2010.md", SHEDLER);
		article("Gains last [@shedler2010].");
	}

	@Test
	void aValidFolderLoadsSourcesAndCitationsWithoutProblems() {
		Library content = read();
		assertThat(problems()).isEmpty();
		assertThat(content.sources()).singleElement().satisfies((source) -> assertThat(source.apaHtml())
			.isEqualTo("Shedler, J. (2010). The efficacy of psychodynamic psychotherapy. <i>American Psychologist</i>, "
					+ "<i>65</i>(2), 98&ndash;109. <a href=\"https://doi.org/10.1037/a0018378\">https://doi.org/10.1037/a0018378</a>"));
		assertThat(content.articles().get(0).citations()).singleElement().satisfies((citation) -> {
			assertThat(citation.marker()).isEqualTo("cite-1-a");
			assertThat(citation.section().title()).isEqualTo("Key points");
		});
	}

	@Test
	void unknownCitationKeyIsAnErrorAtItsLineWithASuggestion() throws IOException {
		article("Gains last [@shedler2011].");
		assertThat(errors()).containsExactly(path("articles/lasting-change.md") + ":14: unknown source key"
				+ " '@shedler2011' (did you mean 'shedler2010'?); sources are the files in content/sources/");
	}

	@Test
	void pageLocatorOutsideTheWorksPagesIsAnErrorAtItsLine() throws IOException {
		article("Gains last [@shedler2010, p. 101]. Gains grow [@shedler2010, pp. 108-112].");
		assertThat(errors()).containsExactly(path("articles/lasting-change.md") + ":14: page 112 in [@shedler2010,"
				+ " pp. 108-112] is outside the work's pages (98-109); check the page in the source, or the 'pages' in"
				+ " content/sources/shedler2010.md");
	}

	@Test
	void pageLocatorIsNotCheckedAgainstAWorkWithoutAPageRange() throws IOException {
		source(SHEDLER.replace("pages: 98-109", "pages: CD004687"));
		article("Gains last [@shedler2010, p. 1101] [@shedler2010, sec. 4].");
		assertThat(errors()).isEmpty();
	}

	@Test
	void translatorsArePrintedInTheReference() throws IOException {
		source("""
				---
				type: book
				authors:
				  - family: Freud
				    given: Sigmund
				translators:
				  - family: Brill
				    given: A. A.
				title: The interpretation of dreams
				publisher: Macmillan
				issued: 1913
				evidence: theory
				---
				Freud's book on dreams.
				""");
		assertThat(errors()).isEmpty();
		assertThat(read().sources()).singleElement()
			.satisfies((source) -> assertThat(source.apaHtml()).contains("(A. A. Brill, Trans.)"));
	}

	@Test
	void malformedCitationIsAnErrorAtItsLine() throws IOException {
		article("Gains last [@shedler2010; Fonagy].");
		assertThat(errors()).containsExactly(path("articles/lasting-change.md") + ":14: malformed citation"
				+ " '[@shedler2010; Fonagy]': write [@key], [@key, p. 101] or [@first; @second]");
	}

	@Test
	void aSourceNoArticleCitesIsOnlyAWarning() throws IOException {
		article("No citation here.");
		ContentReader reader = reader();
		reader.read(this.root);
		assertThat(reader.report().hasErrors()).isFalse();
		assertThat(reader.report().warnings()).extracting(Object::toString)
			.containsExactly(path("sources/shedler2010.md") + ":1: warning: source 'shedler2010' is not cited by any"
					+ " article or glossary entry; cite it with [@shedler2010] or remove the file");
	}

	@Test
	void missingRequiredFieldForTheTypeIsAnError() throws IOException {
		source(SHEDLER.replace("container: American Psychologist\n", ""));
		assertThat(problems()).containsExactly(path("sources/shedler2010.md") + ":2: a journal-article needs 'container'");
	}

	@Test
	void aBookNeedsAPublisherAndAWebPageAUrl() throws IOException {
		source("---\ntype: book\nauthors:\n  - literal: NICE\ntitle: A book\nissued: 2020\nevidence: textbook\n---\nNotes.\n");
		write("sources/nice-page.md", "---\ntype: web-page\nauthors:\n  - literal: NICE\ntitle: A page\nevidence: clinical-guide\n---\nNotes.\n");
		article("A [@shedler2010] B [@nice-page].");
		assertThat(problems()).containsExactly(path("sources/nice-page.md") + ":2: a web-page needs 'url'",
				path("sources/shedler2010.md") + ":2: a book needs 'publisher'");
	}

	@Test
	void badIdentifiersAreErrorsAtTheirLines() throws IOException {
		source(SHEDLER.replace("doi: 10.1037/a0018378", "doi: https://doi.org/10.1037/a0018378\npmid: \"2014x\"\n"
				+ "pmcid: \"12345\"\nisbn: \"9781585623854\"\nurl: not a url"));
		assertThat(problems()).containsExactly(
				path("sources/shedler2010.md") + ":12: write the DOI without its prefix, e.g. 10.1037/a0018378, not"
						+ " 'https://doi.org/10.1037/a0018378'",
				path("sources/shedler2010.md") + ":13: bad PMID '2014x': a PubMed id is digits only, e.g. \"20141265\"",
				path("sources/shedler2010.md") + ":14: bad PMCID '12345': write 'PMC' and digits, e.g. PMC4471961",
				path("sources/shedler2010.md") + ":15: bad ISBN '9781585623854': not a valid ISBN-10 or ISBN-13 (the"
						+ " check digit does not match)",
				path("sources/shedler2010.md") + ":16: bad URL 'not a url': write a full http:// or https:// address,"
						+ " with spaces encoded as %20");
	}

	@Test
	void aValidIsbnWithHyphensIsAccepted() throws IOException {
		source(SHEDLER.replace("evidence: review", "isbn: 978-1-58562-385-3\nevidence: review"));
		assertThat(problems()).isEmpty();
	}

	@Test
	void badDateIsAnError() throws IOException {
		source(SHEDLER.replace("issued: 2010", "issued: 2010-13-01"));
		assertThat(problems()).containsExactly(path("sources/shedler2010.md") + ":8: bad date 'issued: 2010-13-01':"
				+ " write the year (2010) or an ISO date (2024-09-02)");
	}

	@Test
	void unknownTypeAndEvidenceSuggestTheNearestValue() throws IOException {
		source(SHEDLER.replace("type: journal-article", "type: jornal-article").replace("evidence: review", "evidence: meta-analysys"));
		assertThat(problems()).containsExactly(
				path("sources/shedler2010.md") + ":2: unknown type 'jornal-article' (did you mean 'journal-article'?);"
						+ " use one of: journal-article, book, chapter, report, web-page, press-release, leaflet",
				path("sources/shedler2010.md") + ":13: unknown evidence 'meta-analysys' (did you mean 'meta-analysis'?);"
						+ " use one of: umbrella-review, meta-analysis, systematic-review, randomised-trial,"
						+ " observational-study, guideline, review, critique, clinical-guide, textbook, patient-information,"
						+ " professional-body, press-release, theory");
	}

	@Test
	void duplicateKeysAreAnError() throws IOException {
		write("sources/more/shedler2010.md", SHEDLER);
		assertThat(problems()).containsExactly(path("sources/shedler2010.md") + ":1: duplicate slug 'shedler2010': "
				+ path("sources/more/shedler2010.md") + " has the same name; rename one of them");
	}

	@Test
	void linksToUnknownSourcePagesAreErrors() throws IOException {
		article("See [the review](/sources/shedler2001) [@shedler2010].");
		assertThat(problems()).containsExactly(path("articles/lasting-change.md")
				+ ":14: broken link: no source 'shedler2001' (did you mean 'shedler2010'?)");
	}

	private void article(String sentence) throws IOException {
		write("articles/lasting-change.md", """
				---
				title: Lasting change
				summary: Gains that last.
				topic: concepts
				order: 1
				first_published: 2026-11-25
				last_reviewed: 2026-11-25
				next_review: 2029-11-25
				---
				## Key points

				- One point.

				%s
				""".formatted(sentence));
	}

	private void source(String text) throws IOException {
		write("sources/shedler2010.md", text);
	}

	private void write(String name, String text) throws IOException {
		Path file = this.root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private ContentReader reader() {
		return new ContentReader(new MarkdownRenderer(), FORMATTER, "https://example.org");
	}

	private Library read() {
		return reader().read(this.root);
	}

	private java.util.List<String> problems() {
		ContentReader reader = reader();
		reader.read(this.root);
		return reader.report().problems().stream().map(Object::toString).toList();
	}

	private java.util.List<String> errors() {
		ContentReader reader = reader();
		reader.read(this.root);
		return reader.report().errors().stream().map(Object::toString).toList();
	}

	private String path(String name) {
		return this.root.resolve(name).toString();
	}

}
