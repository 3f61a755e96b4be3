package org.psychodynamiclibrary.content;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.MarkdownRenderer.RenderedMarkdown;
import org.psychodynamiclibrary.content.MarkdownRenderer.TermMark;
import org.psychodynamiclibrary.model.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How glossary terms are marked in an article: the first use of each term in each section, found in the parsed
 * document, never inside headings, links, code, citations or another term; and the author's own marks.
 */
class GlossaryMarkingTests {

	private static final Glossary GLOSSARY = new Glossary(List.of(
			new Glossary.Entry("transference", List.of("transference", "transference reaction"), true),
			new Glossary.Entry("defence-mechanism", List.of("defence mechanism", "defense mechanism"), true),
			new Glossary.Entry("working-through", List.of("working through"), true),
			new Glossary.Entry("response", List.of("response"), false)));

	private static final Map<String, String> LABELS = Map.of("shedler2010", "Shedler (2010)");

	private final MarkdownRenderer marking = MarkdownRenderer.forArticles(LABELS, GLOSSARY, true, EmbeddedFindings.NONE);

	@Test
	void theFirstUseInEachSectionIsMarkedAndLinksToItsEntry() {
		RenderedMarkdown rendered = this.marking.render("""
				## One

				Transference is common. Transference again.

				## Two

				Later, transference.
				""");
		assertThat(rendered.html()).contains("<p><a class=\"term\" href=\"/glossary/transference\""
				+ " aria-describedby=\"term-transference\">Transference</a> is common. Transference again.</p>");
		assertThat(rendered.html()).contains("<p>Later, <a class=\"term\" href=\"/glossary/transference\""
				+ " aria-describedby=\"term-transference\">transference</a>.</p>");
		assertThat(rendered.terms()).extracting(TermMark::slug, TermMark::section)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("transference", new Section("one", "One")),
					org.assertj.core.groups.Tuple.tuple("transference", new Section("two", "Two")));
	}

	@Test
	void aliasesPluralsAndTheLongestNameAreFound() {
		RenderedMarkdown rendered = this.marking
			.render("Two defense mechanisms and a transference reaction, worked on by working   through.\n");
		assertThat(rendered.html()).contains(">defense mechanisms</a>")
			.contains(">transference reaction</a>")
			.contains("href=\"/glossary/working-through\"");
		assertThat(rendered.terms()).extracting(TermMark::slug)
			.containsExactly("defence-mechanism", "transference", "working-through");
	}

	@Test
	void wordsInsideOtherWordsAreNotTerms() {
		assertThat(this.marking.render("Countertransferences and transferencelike things.\n").terms()).isEmpty();
	}

	@Test
	void neverInsideHeadingsLinksCodeOrCitations() {
		RenderedMarkdown rendered = this.marking.render("""
				## Transference

				[about transference](/articles/x), `transference`, [@shedler2010, p. 1].

				```
				transference
				```
				""");
		assertThat(rendered.terms()).isEmpty();
		assertThat(rendered.html()).doesNotContain("class=\"term\"");
	}

	@Test
	void authorsMarkAnyNameInAnyFormAndItCountsAsTheFirstUse() {
		RenderedMarkdown rendered = this.marking
			.render("The [[Defence Mechanisms|ways we protect ourselves]], then a defence mechanism.\n");
		assertThat(rendered.html()).contains("<a class=\"term\" href=\"/glossary/defence-mechanism\""
				+ " aria-describedby=\"term-defence-mechanism\">ways we protect ourselves</a>, then a defence mechanism.");
		assertThat(rendered.terms()).extracting(TermMark::slug).containsExactly("defence-mechanism");
	}

	@Test
	void aTermThatIsNotMarkedAutomaticallyIsMarkedOnlyWhenTheAuthorAsks() {
		RenderedMarkdown rendered = this.marking.render("A response. Then [[response]].\n");
		assertThat(rendered.terms()).extracting(TermMark::slug).containsExactly("response");
		assertThat(rendered.html()).contains("<p>A response. Then <a class=\"term\"");
	}

	@Test
	void anArticleCanSwitchAutomaticMarkingOffAndKeepItsOwnMarks() {
		RenderedMarkdown rendered = MarkdownRenderer.forArticles(LABELS, GLOSSARY, false, EmbeddedFindings.NONE)
			.render("Transference and [[working through]].\n");
		assertThat(rendered.terms()).extracting(TermMark::slug).containsExactly("working-through");
	}

	@Test
	void anUnknownTermIsAProblemAtItsLineWithASuggestion() {
		RenderedMarkdown rendered = this.marking.render("Text.\n\nSee [[transferance]].\n");
		assertThat(rendered.terms()).singleElement().satisfies((mark) -> {
			assertThat(mark.slug()).isNull();
			assertThat(mark.line()).isEqualTo(3);
			assertThat(mark.problem()).isEqualTo("unknown glossary term 'transferance' in '[[transferance]]' (did you"
					+ " mean 'transference'?); terms are the files in content/glossary/ and their aliases");
		});
		assertThat(rendered.html()).contains("See transferance.");
	}

}
