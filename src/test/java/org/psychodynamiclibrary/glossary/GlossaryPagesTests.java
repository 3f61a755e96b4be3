package org.psychodynamiclibrary.glossary;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary as readers meet it: the A–Z page, an entry with its references, "see also" and "used in", the
 * marked terms in an article with their descriptions, search, and a mistyped address.
 */
@SpringBootTest(properties = { "library.content-dir=src/test/resources/glossary-content",
		"library.page-cache.enabled=false" })
@AutoConfigureMockMvc
class GlossaryPagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theGlossaryListsEveryTermAToZWithLetterLinksAndSummaries() {
		Document page = html("/glossary");
		assertThat(page.select("nav.letters a").eachText()).containsExactly("C", "T", "W");
		assertThat(page.select("nav.letters a").eachAttr("href")).containsExactly("#letter-C", "#letter-T", "#letter-W");
		assertThat(page.select(".glossary-list dt a").eachText()).containsExactly("Countertransference",
				"Transference", "Working through");
		assertThat(page.selectFirst("#letter-T").parent().selectFirst("dd").text())
			.isEqualTo("Feelings and expectations from past relationships that a person brings to the relationship"
					+ " with the therapist.");
		assertThat(page.select("footer a[href=/glossary], header a[href=/glossary]")).hasSize(2);
	}

	@Test
	void anEntryShowsItsDefinitionReferencesSeeAlsoArticleAndWhereItIsUsed() {
		Document page = html("/glossary/transference");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Transference");
		assertThat(page.selectFirst(".glossary-entry__aliases").text())
			.isEqualTo("Also written: transferences, transference reaction");
		assertThat(page.selectFirst(".prose sup.citation a").attr("href")).isEqualTo("#ref-1");
		Element reference = page.getElementById("ref-1");
		assertThat(reference.selectFirst(".reference__text").text()).startsWith("Shedler, J. (2010).");
		assertThat(reference.selectFirst(".reference__backlink").attr("href")).isEqualTo("#cite-1-a");
		assertThat(page.select(".see-also a").eachAttr("href")).containsExactly("/glossary/countertransference");
		assertThat(page.selectFirst(".glossary-entry__article a").attr("href")).isEqualTo("/articles/transference");
		assertThat(page.select(".used-in > ul > li > a").eachText()).containsExactly("Transference");
		// the last section names the term only in its heading, a link and code, where terms are never marked
		assertThat(page.select(".used-in__places a").eachAttr("href")).containsExactly("/articles/transference#key-points",
				"/articles/transference#what-it-is");
	}

	@Test
	void aSourceCitedByAGlossaryEntryListsItUnderCitedIn() {
		Document page = html("/sources/shedler2010");
		assertThat(page.select(".cited-in > ul > li > a").eachText()).containsExactly("Transference", "Transference");
		assertThat(page.select(".cited-in > ul > li > a").eachAttr("href")).containsExactly("/articles/transference",
				"/glossary/transference");
	}

	@Test
	void anArticleMarksTheFirstUseOfEachTermInEachSectionAndDescribesIt() {
		Document page = html("/articles/transference");
		Element prose = page.selectFirst(".prose");
		assertThat(prose.select("a.term").eachAttr("href")).containsExactly("/glossary/transference",
				"/glossary/working-through", "/glossary/transference", "/glossary/working-through",
				"/glossary/countertransference");
		assertThat(prose.select("h2 a.term, a[href^=/articles] a.term, code a.term")).isEmpty();
		Element description = page.getElementById("term-transference");
		assertThat(description.parent().hasAttr("hidden")).isTrue();
		assertThat(description.text()).startsWith("Feelings and expectations from past relationships");
		assertThat(prose.selectFirst("a.term").attr("aria-describedby")).isEqualTo("term-transference");
		assertThat(page.select(".terms-used a").eachText()).containsExactly("Countertransference", "Transference",
				"Working through");
	}

	@Test
	void anArticleThatSwitchesMarkingOffShowsOnlyItsAuthorsMarks() {
		Document page = html("/articles/working-with-feelings");
		assertThat(page.select(".prose a.term")).singleElement()
			.satisfies((term) -> assertThat(term.text()).isEqualTo("working it through"));
	}

	@Test
	void searchFindsATermByItsNameAndByAnAlias() {
		assertThat(html("/search?q=countertransference").select(".search-result a").eachAttr("href"))
			.first()
			.isEqualTo("/glossary/countertransference");
		assertThat(html("/search?q=transference+reaction").select(".search-result a").eachAttr("href"))
			.first()
			.isEqualTo("/glossary/transference");
	}

	private Document html(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(body(result));
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
