package org.psychodynamiclibrary.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psychodynamiclibrary.cite.CitationFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of broken glossary entry, and each broken use of one in an article, stops the import with
 * {@code path:line: message}, all of them at once.
 */
class GlossaryValidationTests {

	private static final CitationFormatter FORMATTER = new CitationFormatter();

	@TempDir
	Path root;

	@BeforeEach
	void writeFixture() throws IOException {
		write("topics/concepts.md", "---\ntitle: Concepts\nsummary: Ideas.\norder: 1\n---\nIntro.\n");
		write("sources/shedler2010.md", """
				---
				type: journal-article
				authors:
				  - family: Shedler
				    given: Jonathan
				title: The efficacy of psychodynamic psychotherapy
				container: American Psychologist
				issued: 2010
				volume: "65"
				pages: 98-109
				evidence: review
				---
				A review.
				""");
		article("Transference is common [@shedler2010].");
		term("transference", "term: Transference\naliases: [transferences]\nsummary: Feelings from the past turned"
				+ " towards the therapist.\narticle: lasting-change\n", "Old feelings [@shedler2010].");
	}

	@Test
	void aValidGlossaryLoadsAndItsTermsAreMarkedInArticles() {
		ContentReader reader = reader();
		Library library = reader.read(this.root);
		assertThat(reader.report().problems()).isEmpty();
		assertThat(library.glossary()).singleElement().satisfies((term) -> {
			assertThat(term.term()).isEqualTo("Transference");
			assertThat(term.aliases()).containsExactly("transferences");
			assertThat(term.article()).isEqualTo("lasting-change");
			assertThat(term.citations()).singleElement().satisfies((use) -> assertThat(use.marker()).isEqualTo("cite-1-a"));
		});
		assertThat(library.articles().get(0).terms()).extracting(Library.TermUse::slug).containsExactly("transference");
	}

	@Test
	void aNameMayStandForOneTermOnly() throws IOException {
		term("transfer", "term: Transfer\naliases: [Transferences]\nsummary: Moving something.\n", "Moving.");
		// files are read in name order: transfer.md claims the alias first
		assertThat(errors()).containsExactly(path("glossary/transference.md") + ":3: 'transferences' already names a"
				+ " glossary term (" + path("glossary/transfer.md") + ":3); one name may stand for one term only:"
				+ " remove it here or there");
	}

	@Test
	void unknownSeeAlsoAndArticleSuggestTheNearest() throws IOException {
		term("countertransference", "term: Countertransference\nsummary: The therapist's feelings.\n"
				+ "see_also: [transferance]\narticle: lasting-chang\n", "Feelings.");
		assertThat(errors()).containsExactly(
				path("glossary/countertransference.md") + ":4: unknown see_also term 'transferance' (did you mean"
						+ " 'transference'?); name another file in content/glossary/",
				path("glossary/countertransference.md") + ":5: unknown article 'lasting-chang' (did you mean"
						+ " 'lasting-change'?)");
	}

	@Test
	void anUnknownTermMarkedInAnArticleIsAnErrorAtItsLine() throws IOException {
		article("Gains last [@shedler2010].\n\nSee [[transferance]].");
		assertThat(errors()).containsExactly(path("articles/lasting-change.md") + ":16: unknown glossary term"
				+ " 'transferance' in '[[transferance]]' (did you mean 'transference'?); terms are the files in"
				+ " content/glossary/ and their aliases");
	}

	@Test
	void summaryIsRequiredAndShort() throws IOException {
		term("empty", "term: Empty\nsummary: \"\"\n", "Nothing.");
		term("long", "term: Long\nsummary: " + "word ".repeat(31).strip() + "\n", "Long.");
		assertThat(errors()).containsExactly(
				path("glossary/empty.md") + ":3: 'summary' is empty; give it a value or remove the line",
				path("glossary/long.md") + ":3: summary has 31 words; the preview shows one plain sentence of at"
						+ " most 30 words: shorten it and say the rest in the definition");
	}

	@Test
	void autoMarkIsTrueOrFalse() throws IOException {
		term("frame", "term: Frame\nsummary: The fixed arrangements of therapy.\nauto_mark: sometimes\n", "Fixed.");
		assertThat(errors()).containsExactly(path("glossary/frame.md") + ":4: 'auto_mark' is true or false, not"
				+ " 'sometimes'");
	}

	@Test
	void unknownKeysAndCitationKeysAreErrors() throws IOException {
		term("frame", "term: Frame\nsummary: The fixed arrangements of therapy.\nalias: [frames]\n",
				"Fixed [@shedler2011].");
		assertThat(errors()).satisfiesExactly(
				(unknownKey) -> assertThat(unknownKey).startsWith(path("glossary/frame.md")
						+ ":4: unknown key 'alias' (did you mean 'aliases'?); allowed keys: "),
				(unknownSource) -> assertThat(unknownSource).isEqualTo(path("glossary/frame.md") + ":6: unknown"
						+ " source key '@shedler2011' (did you mean 'shedler2010'?); sources are the files in"
						+ " content/sources/"));
	}

	private void article(String text) throws IOException {
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
				""".formatted(text));
	}

	private void term(String slug, String frontMatter, String body) throws IOException {
		write("glossary/" + slug + ".md", "---\n" + frontMatter + "---\n" + body + "\n");
	}

	private void write(String name, String text) throws IOException {
		Path file = this.root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private ContentReader reader() {
		return new ContentReader(new MarkdownRenderer(), FORMATTER, "https://example.org");
	}

	private List<String> errors() {
		ContentReader reader = reader();
		reader.read(this.root);
		return reader.report().errors().stream().map(Object::toString).toList();
	}

	private String path(String name) {
		return this.root.resolve(name).toString();
	}

}
