package org.psychodynamiclibrary.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psychodynamiclibrary.cite.CitationFormatter;
import org.psychodynamiclibrary.model.Comparison;
import org.psychodynamiclibrary.model.Measure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source's findings are read as data, and each broken one stops the import with {@code path:line: message};
 * an article's {@code :::findings} directive draws them, or names what is wrong.
 */
class FindingsValidationTests {

	private static final CitationFormatter FORMATTER = new CitationFormatter();

	private static final String FINDING = """
			  - outcome: depressive symptoms
			    condition: depression
			    population: adults with depression
			    comparison: usual-care
			    measure: smd
			    value: 0.49
			    ci_low: 0.30
			    ci_high: 0.68
			    studies: 12
			    timepoint: end of therapy
			    favours: psychodynamic
			    locator: abstract
			""";

	@TempDir
	Path root;

	@BeforeEach
	void writeFixture() throws IOException {
		write("topics/conditions.md", "---\ntitle: Conditions\nsummary: Conditions.\norder: 1\n---\nIntro.\n");
		article("Gains [@review2015].");
		source(FINDING);
	}

	@Test
	void findingsAreReadAsData() {
		Library library = read();
		assertThat(errors()).isEmpty();
		assertThat(library.sources().get(0).findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.comparison()).isEqualTo(Comparison.USUAL_CARE);
			assertThat(finding.measure()).isEqualTo(Measure.SMD);
			assertThat(finding.value()).isEqualTo(0.49);
			assertThat(finding.ciLow()).isEqualTo(0.30);
			assertThat(finding.studies()).isEqualTo(12);
			assertThat(finding.timepoint()).isEqualTo("end of therapy");
			assertThat(finding.favoursPsychodynamic()).isTrue();
		});
	}

	@Test
	void unknownComparisonAndMeasureSuggestTheNearest() throws IOException {
		source(FINDING.replace("comparison: usual-care", "comparison: usual care").replace("measure: smd", "measure: smdd"));
		assertThat(errors()).containsExactly(
				path() + ":15: unknown comparison 'usual care' (did you mean 'usual-care'?); use one of: wait-list,"
						+ " usual-care, placebo, medication, other-therapy",
				path() + ":16: unknown measure 'smdd' (did you mean 'smd'?); use one of: smd, odds-ratio, risk-ratio,"
						+ " percent, correlation");
	}

	@Test
	void anIntervalMustContainItsValue() throws IOException {
		source(FINDING.replace("ci_high: 0.68", "ci_high: 0.40"));
		assertThat(errors()).containsExactly(path() + ":18: the interval 0.3 to 0.4 does not contain the value 0.49;"
				+ " check the numbers against the source");
	}

	@Test
	void aLocatorIsRequired() throws IOException {
		source(FINDING.replace("    locator: abstract\n", ""));
		assertThat(errors()).containsExactly(path() + ":12: finding without 'locator'");
	}

	@Test
	void aTimepointMustRead() throws IOException {
		source(FINDING.replace("timepoint: end of therapy", "timepoint: after a year"));
		assertThat(errors()).containsExactly(path() + ":21: timepoint 'after a year' does not read as 'end of therapy'"
				+ " or 'follow-up N months' (N a whole number, e.g. follow-up 12 months)");
	}

	@Test
	void aFollowUpIsReadInMonths() throws IOException {
		source(FINDING.replace("timepoint: end of therapy", "timepoint: follow-up 12 months"));
		assertThat(errors()).isEmpty();
		assertThat(read().sources().get(0).findings().get(0).timepoint()).isEqualTo("12 months after therapy");
	}

	@Test
	void anUnknownConditionSuggestsTheArticle() throws IOException {
		source(FINDING.replace("condition: depression", "condition: depresion"));
		assertThat(errors()).containsExactly(path() + ":13: unknown condition 'depresion' (did you mean 'depression'?);"
				+ " name the article about the condition (e.g. depression) or write 'mixed'");
	}

	@Test
	void anArticleDrawsTheFindingsOnItsConditionAndReportsADirectiveWithNone() throws IOException {
		article("Gains [@review2015].\n\n:::findings condition=depression\n\n:::findings source=nothing\n");
		assertThat(errors()).containsExactly(this.root.resolve("articles/depression.md") + ":18: no findings are"
				+ " recorded for source 'nothing'; findings are listed under 'findings:' in content/sources/");
		article("Gains [@review2015].\n\n:::findings condition=depression\n");
		String html = read().articles().get(0).bodyHtml();
		assertThat(html).contains("<svg class=\"forest-plot\"").contains("<table class=\"findings-table\">")
			.contains("Psychodynamic therapy vs usual care or minimal treatment: depressive symptoms");
	}

	private void source(String findings) throws IOException {
		write("sources/review2015.md", """
				---
				type: journal-article
				authors:
				  - family: Driessen
				    given: Ellen
				title: A review
				container: Clinical Psychology Review
				issued: 2015
				volume: "42"
				evidence: meta-analysis
				findings:
				%s---
				A meta-analysis.
				""".formatted(findings));
	}

	private void article(String text) throws IOException {
		write("articles/depression.md", """
				---
				title: Depression
				summary: Low mood.
				topic: conditions
				order: 1
				first_published: 2026-11-25
				last_reviewed: 2026-11-25
				next_review: 2029-11-25
				---
				## Key points

				- One point.

				%s
				""".formatted(text));
	}

	private void write(String name, String text) throws IOException {
		Path file = this.root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private Library read() {
		return new ContentReader(new MarkdownRenderer(), FORMATTER, "https://example.org").read(this.root);
	}

	private List<String> errors() {
		ContentReader reader = new ContentReader(new MarkdownRenderer(), FORMATTER, "https://example.org");
		reader.read(this.root);
		return reader.report().errors().stream().map(Object::toString).toList();
	}

	private String path() {
		return this.root.resolve("sources/review2015.md").toString();
	}

}
