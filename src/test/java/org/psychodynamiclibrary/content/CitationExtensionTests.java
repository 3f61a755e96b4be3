package org.psychodynamiclibrary.content;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.MarkdownRenderer.CitationProblem;
import org.psychodynamiclibrary.content.MarkdownRenderer.CitationUse;
import org.psychodynamiclibrary.content.MarkdownRenderer.RenderedMarkdown;
import org.psychodynamiclibrary.model.Section;

import static org.assertj.core.api.Assertions.assertThat;

class CitationExtensionTests {

	private final MarkdownRenderer renderer = MarkdownRenderer.withCitations(
			Map.of("shedler2010", "Shedler (2010)", "fonagy2015", "Fonagy (2015)", "driessen2015", "Driessen et al. (2015)"));

	private static final String SHEDLER_A = "<a href=\"#ref-1\" id=\"cite-1-a\"><span class=\"visually-hidden\">Reference </span>1"
			+ "<span class=\"visually-hidden\">: Shedler (2010)</span></a>";

	@Test
	void aCitationBecomesANumberedMarkerWithAnAccessibleName() {
		assertThat(html("Gains last [@shedler2010].\n"))
			.isEqualTo("<p>Gains last <sup class=\"citation\">" + SHEDLER_A + "</sup>.</p>\n");
	}

	@Test
	void aLocatorIsShownAndRead() {
		assertThat(html("Gains last [@shedler2010, p. 101].\n")).isEqualTo("<p>Gains last <sup class=\"citation\">"
				+ "<a href=\"#ref-1\" id=\"cite-1-a\"><span class=\"visually-hidden\">Reference </span>1"
				+ "<span class=\"visually-hidden\">: Shedler (2010)</span>, p. 101</a></sup>.</p>\n");
	}

	@Test
	void severalWorksInOneCitationGetOneMarkerEach() {
		RenderedMarkdown rendered = this.renderer.render("Both [@fonagy2015; @driessen2015, pp. 3-4].\n");
		assertThat(rendered.html()).isEqualTo("<p>Both <sup class=\"citation\">"
				+ "<a href=\"#ref-1\" id=\"cite-1-a\"><span class=\"visually-hidden\">Reference </span>1"
				+ "<span class=\"visually-hidden\">: Fonagy (2015)</span></a>; "
				+ "<a href=\"#ref-2\" id=\"cite-2-a\"><span class=\"visually-hidden\">Reference </span>2"
				+ "<span class=\"visually-hidden\">: Driessen et al. (2015)</span>, pp. 3-4</a></sup>.</p>\n");
		assertThat(rendered.citations()).extracting(CitationUse::key, CitationUse::locator)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("fonagy2015", null),
					org.assertj.core.groups.Tuple.tuple("driessen2015", "pp. 3-4"));
	}

	@Test
	void aWorkCitedAgainKeepsItsNumberAndEachUseGetsItsOwnId() {
		RenderedMarkdown rendered = this.renderer
			.render("## One\n\nA [@shedler2010]. B [@fonagy2015].\n\n## Two\n\nC [@shedler2010; @fonagy2015]. D [@shedler2010].\n");
		assertThat(rendered.citations()).extracting(CitationUse::markerId)
			.containsExactly("cite-1-a", "cite-2-a", "cite-1-b", "cite-2-b", "cite-1-c");
		assertThat(rendered.citations()).extracting(CitationUse::number).containsExactly(1, 2, 1, 2, 1);
		assertThat(rendered.citations()).extracting(CitationUse::section)
			.containsExactly(new Section("one", "One"), new Section("one", "One"),
					new Section("two", "Two"), new Section("two", "Two"),
					new Section("two", "Two"));
		assertThat(rendered.citations()).extracting(CitationUse::line).containsExactly(3, 3, 7, 7, 7);
	}

	@Test
	void citationsInCodeAreLeftAlone() {
		assertThat(html("Write `[@shedler2010]` like this.\n"))
			.isEqualTo("<p>Write <code>[@shedler2010]</code> like this.</p>\n");
		assertThat(html("```\n[@shedler2010]\n```\n")).isEqualTo("<pre><code>[@shedler2010]\n</code></pre>\n");
		assertThat(this.renderer.render("    [@shedler2010]\n").citations()).isEmpty();
	}

	@Test
	void citationsInLinkTextAreLeftAsText() {
		RenderedMarkdown rendered = this.renderer.render("See [the [@shedler2010] review](/sources/shedler2010).\n");
		assertThat(rendered.html())
			.isEqualTo("<p>See <a href=\"/sources/shedler2010\">the [@shedler2010] review</a>.</p>\n");
		assertThat(rendered.citations()).isEmpty();
		assertThat(html("[@shedler2010](/sources/shedler2010)\n"))
			.isEqualTo("<p><a href=\"/sources/shedler2010\">@shedler2010</a></p>\n");
	}

	@Test
	void aBackslashEscapesACitation() {
		RenderedMarkdown rendered = this.renderer.render("Type \\[@shedler2010] to cite.\n");
		assertThat(rendered.html()).isEqualTo("<p>Type [@shedler2010] to cite.</p>\n");
		assertThat(rendered.citations()).isEmpty();
	}

	@Test
	void malformedCitationsAreReportedAtTheirLine() {
		RenderedMarkdown rendered = this.renderer.render("Intro.\n\nBad [@shedler2010; fonagy2015] here.\n\nOpen [@shedler2010 never closed.\n");
		assertThat(rendered.citationProblems()).containsExactly(
				new CitationProblem("malformed citation '[@shedler2010; fonagy2015]': write [@key], [@key, p. 101] or [@first; @second]", 3),
				new CitationProblem("unclosed citation '[@shedler2010 never closed.': add the closing ']'; write [@key], [@key, p. 101] or [@first; @second]", 5));
		assertThat(rendered.html()).contains("Bad [@shedler2010; fonagy2015] here.").doesNotContain("<sup");
	}

	@Test
	void bracketsWithoutAnAtSignAreOrdinaryText() {
		assertThat(html("A [note] and an email [me@example.org].\n"))
			.isEqualTo("<p>A [note] and an email [me@example.org].</p>\n");
	}

	private String html(String markdown) {
		return this.renderer.render(markdown).html();
	}

}
