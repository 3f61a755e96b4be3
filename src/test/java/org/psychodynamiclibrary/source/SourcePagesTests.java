package org.psychodynamiclibrary.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on the shipped content: article references, source pages and downloads.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourcePagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void articleListsEveryReferenceWithBackLinksToEveryMarker() {
		Document page = html("/articles/what-is-psychodynamic-therapy");
		Element list = page.selectFirst("section.references ol");
		assertThat(page.selectFirst("#references-title").text()).isEqualTo("References");
		for (Element marker : page.select("sup.citation a")) {
			String entry = marker.attr("href").substring(1);
			assertThat(list.getElementById(entry)).as(entry).isNotNull();
			assertThat(list.getElementById(entry).select("a[href=#" + marker.id() + "]")).as(marker.id()).hasSize(1);
		}
		Element first = list.getElementById("ref-1");
		int uses = page.select("sup.citation a[href=#ref-1]").size();
		assertThat(first.select(".reference__backlink").eachText()).hasSize(uses)
			.startsWith("Back to citation 1a")
			.allSatisfy((backlink) -> assertThat(backlink).matches("Back to citation 1[a-z]+"));
		String label = page.selectFirst("sup.citation a").text().replace("Reference 1: ", "");
		assertThat(first.selectFirst("a[href^=/sources/]").text()).isEqualTo("About this source: " + label);
		assertThat(first.selectFirst(".reference__text").text()).startsWith(label.substring(0, label.indexOf(' ')));
		assertThat(first.selectFirst(".evidence-label").text()).isNotBlank();
	}

	@Test
	void articlePagesHaveUniqueIdsOneHeadingOneAndNoInlineStyles() {
		for (String slug : new String[] { "what-is-psychodynamic-therapy", "what-the-evidence-says", "attachment" }) {
			Document page = html("/articles/" + slug);
			Set<String> ids = new HashSet<>();
			page.select("[id]").forEach((element) -> assertThat(ids.add(element.id())).as(slug + " #" + element.id()).isTrue());
			assertThat(page.select("h1")).hasSize(1);
			assertThat(page.select("[style]")).isEmpty();
			assertThat(page.select("script:not([src])")).isEmpty();
			page.select("a").forEach((link) -> assertThat(link.text()).as(slug + " " + link).isNotBlank());
		}
	}

	@Test
	void articleOffersCiteThisInThreeStylesAndDownloads() {
		Document page = html("/articles/attachment");
		Element cite = page.selectFirst("section.cite-article");
		assertThat(cite.select("dt").eachText()).containsExactly("APA", "MLA", "Chicago");
		assertThat(cite.select("dd").get(0).text()).startsWith("Psychodynamic Therapy Library editorial team. (2026, November 29). Attachment.");
		assertThat(cite.select("a[download]").eachAttr("href")).containsExactly("/articles/attachment/cite.bib",
				"/articles/attachment/cite.ris");
	}

	@Test
	void bibliographyGroupsByAuthorOrByEvidenceAndCountsCitingArticles() {
		Document byAuthor = html("/sources");
		assertThat(byAuthor.select("section.source-group h2").eachText()).startsWith("A", "B", "C", "D")
			.isSortedAccordingTo(String::compareTo);
		assertThat(byAuthor.select(".bibliography li")).hasSize(filesIn("content/sources").size());
		Element shedler = byAuthor.selectFirst(".bibliography li:has(a[href=/sources/shedler2010])");
		long citingShedler = filesIn("content/articles").stream().filter((text) -> text.contains("@shedler2010")).count();
		assertThat(shedler.selectFirst(".cited-count").text()).isEqualTo("Cited in " + citingShedler + " articles");
		Document byEvidence = html("/sources?group=evidence");
		assertThat(byEvidence.select("section.source-group h2").eachText()).startsWith("Umbrella review", "Meta-analysis",
				"Systematic review", "Randomised trial", "Observational study", "Guideline", "Review");
		assertThat(byEvidence.selectFirst(".sources-grouping a[aria-current=page]").text()).isEqualTo("By kind of evidence");
	}

	@Test
	void sourcePageShowsTheReferenceAnnotationLinksAndEveryCitingMarker() {
		Document page = html("/sources/fonagy2015");
		assertThat(page.selectFirst("h1").text()).isEqualTo("The effectiveness of psychodynamic psychotherapies: An update");
		assertThat(page.selectFirst(".source-page__reference").text()).startsWith("Fonagy, P. (2015).");
		assertThat(page.select(".source-links a").eachAttr("href")).containsExactly("https://doi.org/10.1002/wps.20235",
				"https://pubmed.ncbi.nlm.nih.gov/26043322/", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4471961/");
		assertThat(page.select(".cited-in a[href~=^/articles/[a-z-]+#cite-\\d+-[a-z]+$]")).isNotEmpty();
		String deepLink = page.selectFirst(".cited-in__places a").attr("href");
		String slug = deepLink.substring("/articles/".length(), deepLink.indexOf('#'));
		Document article = html("/articles/" + slug);
		assertThat(article.getElementById(deepLink.substring(deepLink.indexOf('#') + 1))).isNotNull();
	}

	@Test
	void unknownSourceIsNotFound() {
		assertThat(this.mvc.get().uri("/sources/no-such-source").accept(MediaType.TEXT_HTML))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sources/no-such-source/cite.bib")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void downloadsHaveTheirContentTypesAndFileNames() {
		download("/sources/all.bib", "application/x-bibtex", "psychodynamic-library.bib", "@article{shedler2010,");
		download("/sources/all.ris", "application/x-research-info-systems", "psychodynamic-library.ris", "ID  - shedler2010");
		download("/sources/all.json", "application/vnd.citationstyles.csl+json", "psychodynamic-library.json", "\"id\":\"shedler2010\"");
		download("/sources/shedler2010/cite.bib", "application/x-bibtex", "shedler2010.bib", "@article{shedler2010,");
		download("/sources/shedler2010/cite.ris", "application/x-research-info-systems", "shedler2010.ris", "TY  - JOUR");
		download("/sources/shedler2010/cite.json", "application/vnd.citationstyles.csl+json", "shedler2010.json", "\"DOI\":\"10.1037/a0018378\"");
		download("/articles/attachment/cite.bib", "application/x-bibtex", "attachment.bib", "url = {http://localhost:8080/articles/attachment}");
		download("/articles/attachment/cite.ris", "application/x-research-info-systems", "attachment.ris", "TY  - ELEC");
	}

	private void download(String uri, String type, String filename, String content) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).contentType().isCompatibleWith(type);
		assertThat(result).headers().hasValue("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		assertThat(result).bodyText().contains(content);
	}

	/** The text of every file in a content folder. */
	private static List<String> filesIn(String folder) {
		try (Stream<Path> files = Files.list(Path.of(folder))) {
			return files.map((file) -> {
				try {
					return Files.readString(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Document html(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
