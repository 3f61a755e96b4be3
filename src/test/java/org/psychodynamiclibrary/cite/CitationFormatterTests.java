package org.psychodynamiclibrary.cite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.model.CiteThis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The APA 7 reference of each kind of source the library ships, as readers see it.
 */
class CitationFormatterTests {

	@Test
	void theShippedContentLoadsWithNoErrorsOrWarnings() throws IOException {
		assertThat(ShippedContent.READER.report().problems()).isEmpty();
		try (Stream<Path> files = Files.list(Path.of("content/sources"))) {
			assertThat(ShippedContent.LIBRARY.sources()).hasSize((int) files.count());
		}
	}

	@Test
	void journalArticleHasItalicJournalAndVolumeIssueInParenthesesPagesAndDoiLink() {
		assertThat(apa("shedler2010")).isEqualTo("Shedler, J. (2010). The efficacy of psychodynamic psychotherapy. "
				+ "<i>American Psychologist</i>, <i>65</i>(2), 98&ndash;109. "
				+ "<a href=\"https://doi.org/10.1037/a0018378\">https://doi.org/10.1037/a0018378</a>");
	}

	@Test
	void journalTitleInCapitalsKeepsThem() {
		assertThat(apa("leichsenring2008")).contains("<i>JAMA</i>, <i>300</i>(13), 1551&ndash;1565.");
	}

	@Test
	void articleNumberIsPrintedAsAnArticleNotAsPages() {
		assertThat(apa("abbass2014-cochrane")).contains("<i>Cochrane Database of Systematic Reviews</i>, <i>7</i>, "
				+ "Article CD004687. <a href=\"https://doi.org/10.1002/14651858.CD004687.pub4\">");
	}

	@Test
	void bookEditionIsAnOrdinal() {
		assertThat(apa("gabbard2010")).isEqualTo("Gabbard, G. O. (2010). <i>Long-term psychodynamic psychotherapy: A basic"
				+ " text</i> (2nd ed.). American Psychiatric Publishing.");
	}

	@Test
	void chapterIsInItsBook() {
		assertThat(apa("opland2024-statpearls-psychodynamic")).isEqualTo("Opland, C., &amp; Torrico, T. J. (2024). "
				+ "Psychodynamic therapy. In <i>StatPearls [Internet]</i>. StatPearls Publishing. "
				+ "<a href=\"https://statpearls.com/point-of-care/147771\">https://statpearls.com/point-of-care/147771</a>");
	}

	@Test
	void corporateAuthorIsWrittenInFull() {
		assertThat(apa("csat1999-tip34-ch7")).startsWith("Center for Substance Abuse Treatment. (1999). Chapter 7&mdash;Brief"
				+ " psychodynamic therapy. In <i>Brief interventions");
	}

	@Test
	void undatedWebPageIsNoDateWithTheDayItWasRetrieved() {
		assertThat(apa("sciencedirect-topics-psychodynamic-theory")).isEqualTo("ScienceDirect Topics. (n.d.). "
				+ "<i>Psychodynamic Theory - an Overview</i>. ScienceDirect Topics. Retrieved January 27, 2025, from "
				+ "<a href=\"https://www.sciencedirect.com/topics/social-sciences/psychodynamic-theory\">"
				+ "https://www.sciencedirect.com/topics/social-sciences/psychodynamic-theory</a>");
	}

	@Test
	void pressReleaseAndLeafletSayWhatTheyAre() {
		assertThat(apa("apa2010-press-release-shedler")).isEqualTo("American Psychological Association. (2010). "
				+ "<i>Psychodynamic psychotherapy brings lasting benefits, new study finds</i> [Press release]. "
				+ "American Psychological Association. <a href=\"https://www.apa.org/news/press/releases/2010/01/psychodynamic-therapy\">"
				+ "https://www.apa.org/news/press/releases/2010/01/psychodynamic-therapy</a>");
		assertThat(apa("oxfordhealth2024-leaflet")).isEqualTo("Oxford Health NHS Foundation Trust. (2024, May 22). "
				+ "<i>Psychodynamic Psychotherapy</i> [Leaflet]. Leaflet Library. "
				+ "<a href=\"https://www.oxfordhealth.nhs.uk/leaflets/title/psychodynamic-psychotherapy/\">"
				+ "https://www.oxfordhealth.nhs.uk/leaflets/title/psychodynamic-psychotherapy/</a>");
	}

	@Test
	void noReferenceCarriesInlineStylesTheContentSecurityPolicyWouldBlock() {
		assertThat(ShippedContent.LIBRARY.sources()).allSatisfy((source) -> assertThat(source.apaHtml())
			.doesNotContain("style=").doesNotContain("csl-entry"));
	}

	@Test
	void everyArticleCanBeCitedInThreeStyles() {
		CiteThis cite = ShippedContent.article("attachment").citeThis();
		String url = "<a href=\"https://example.org/articles/attachment\">https://example.org/articles/attachment</a>";
		assertThat(cite.apa()).isEqualTo("Psychodynamic Therapy Library editorial team. (2026, November 29). "
				+ "<i>Attachment</i>. Psychodynamic Therapy Library. " + url);
		assertThat(cite.mla()).isEqualTo("Psychodynamic Therapy Library editorial team. &ldquo;Attachment.&rdquo; "
				+ "<i>Psychodynamic Therapy Library</i>, 29 Nov. 2026, " + url + ".");
		assertThat(cite.chicago()).isEqualTo("Psychodynamic Therapy Library editorial team. 2026. &ldquo;Attachment.&rdquo; "
				+ "Psychodynamic Therapy Library. November 29, 2026. " + url + ".");
	}

	@Test
	void ordinalsCoverTheTeens() {
		assertThat(CitationFormatter.ordinal("1")).isEqualTo("1st");
		assertThat(CitationFormatter.ordinal("3")).isEqualTo("3rd");
		assertThat(CitationFormatter.ordinal("11")).isEqualTo("11th");
		assertThat(CitationFormatter.ordinal("22")).isEqualTo("22nd");
	}

	private static String apa(String key) {
		return ShippedContent.source(key).apaHtml();
	}

}
