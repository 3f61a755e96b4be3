package org.psychodynamiclibrary.evidence;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence on the shipped content: every recorded finding by condition, charted and tabled, each with its
 * comparison and source; the same on a source's page and in the articles that embed them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvidencePagesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theEvidencePageShowsAtLeastTwentyFindingsFromEightSourcesByCondition() {
		Document page = html("/evidence");
		assertThat(page.select(".findings-table tbody tr")).hasSizeGreaterThanOrEqualTo(20);
		assertThat(page.select(".findings-table tbody td a[href^=/sources/]").eachAttr("href").stream().distinct())
			.hasSizeGreaterThanOrEqualTo(8);
		assertThat(page.select("section.evidence-condition h2").eachText()).startsWith("Depression", "Anxiety disorders");
		assertThat(page.select("section.evidence-condition > p a[href^=/articles/]").eachAttr("href"))
			.contains("/articles/depression", "/articles/personality-disorders");
		assertThat(page.select("a[href=/articles/how-to-read-the-evidence]")).isNotEmpty();
		for (Element row : page.select(".findings-table tbody tr")) {
			assertThat(row.selectFirst("th").text()).as("each row names its comparison").startsWith("Psychodynamic therapy vs ");
		}
	}

	@Test
	void eachChartIsWellFormedSvgLabelledForScreenReaders() {
		Document page = html("/evidence");
		assertThat(page.select("svg.forest-plot")).isNotEmpty();
		for (Element chart : page.select("svg.forest-plot")) {
			Document svg = Jsoup.parse(chart.outerHtml(), "", Parser.xmlParser());
			Element root = svg.selectFirst("svg");
			assertThat(root.attr("role")).isEqualTo("img");
			for (String id : root.attr("aria-labelledby").split(" ")) {
				assertThat(page.getElementById(id)).as(id).isNotNull();
			}
			assertThat(svg.select(".forest-plot__point")).isNotEmpty();
			assertThat(svg.select("line.forest-plot__zero")).hasSize(1);
		}
	}

	@Test
	void aSourcePageShowsItsFindings() {
		Document page = html("/sources/poulsen2014");
		assertThat(page.select(".source-findings .findings-table tbody tr")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page.selectFirst(".source-findings").text()).contains("odds ratio 13.4 (2.45 to 73.42)");
	}

	@Test
	void anArticleEmbedsTheFindingsOnItsCondition() {
		Document page = html("/articles/depression");
		assertThat(page.select(".prose figure.findings svg.forest-plot")).hasSize(1);
		assertThat(page.select(".prose figure.findings .findings-table tbody tr")).isNotEmpty();
	}

	private Document html(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
