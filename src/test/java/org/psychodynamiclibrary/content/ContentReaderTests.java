package org.psychodynamiclibrary.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psychodynamiclibrary.cite.CitationFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each class of broken content gets a precise {@code path:line: problem} message; good content loads whole.
 */
class ContentReaderTests {

	private static final CitationFormatter FORMATTER = new CitationFormatter();

	private static final String GOOD_FRONT_MATTER = """
			title: Broken
			summary: A file with a mistake.
			topic: basics
			order: 9
			first_published: 2026-01-01
			last_reviewed: 2026-11-25
			next_review: 2029-11-25
			""";

	@TempDir
	Path content;

	@BeforeEach
	void copyFixture() throws IOException {
		Path fixture = Path.of("src/test/resources/fixture-content");
		try (Stream<Path> paths = Files.walk(fixture)) {
			for (Path source : paths.toList()) {
				Path target = this.content.resolve(fixture.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

	@Test
	void fixtureLoadsWithoutProblems() {
		ContentReader reader = new ContentReader(new MarkdownRenderer(), FORMATTER, "http://localhost:8080");
		Library loaded = reader.read(this.content);
		assertThat(reader.report().problems()).isEmpty();
		assertThat(loaded.topics()).extracting("slug").containsExactly("basics", "practice");
		assertThat(loaded.articles()).extracting("slug").containsExactlyInAnyOrder("first-steps", "second-steps", "in-the-room");
	}

	@Test
	void missingFrontMatter() throws IOException {
		assertThat(errorsFor("broken.md", "Just text\n")).containsExactly(
				article("broken.md") + ":1: missing front matter: the file must start with a '---' line, then YAML keys, then '---'");
	}

	@Test
	void unclosedFrontMatter() throws IOException {
		assertThat(errorsFor("broken.md", "---\ntitle: x\n")).containsExactly(
				article("broken.md") + ":1: front matter is not closed: add a '---' line after the last key");
	}

	@Test
	void malformedYamlNamesItsLine() throws IOException {
		List<String> errors = errorsFor("broken.md", "---\ntitle: ok\nsummary: [unclosed\ntopic: basics\n---\nBody\n");
		assertThat(errors).singleElement().asString()
			.startsWith(article("broken.md") + ":4: malformed YAML front matter:");
	}

	@Test
	void missingRequiredKey() throws IOException {
		String frontMatter = GOOD_FRONT_MATTER.replace("summary: A file with a mistake.\n", "");
		assertThat(errorsFor("broken.md", "---\n" + frontMatter + "---\n## A\n\ntext\n"))
			.containsExactly(article("broken.md") + ":1: missing required key 'summary' in the front matter");
	}

	@Test
	void unknownKeySuggestsTheRightOne() throws IOException {
		String frontMatter = GOOD_FRONT_MATTER + "reviwer: Someone\n";
		assertThat(errorsFor("broken.md", "---\n" + frontMatter + "---\ntext\n")).singleElement().asString()
			.startsWith(article("broken.md") + ":9: unknown key 'reviwer' (did you mean 'reviewer'?)");
	}

	@Test
	void badDate() throws IOException {
		String frontMatter = GOOD_FRONT_MATTER.replace("last_reviewed: 2026-11-25", "last_reviewed: 25/11/2026");
		assertThat(errorsFor("broken.md", "---\n" + frontMatter + "---\ntext\n")).containsExactly(article("broken.md")
				+ ":7: 'last_reviewed' must be an ISO date like 2026-11-25, not '25/11/2026'");
	}

	@Test
	void orderMustBeANumber() throws IOException {
		String frontMatter = GOOD_FRONT_MATTER.replace("order: 9", "order: first");
		assertThat(errorsFor("broken.md", "---\n" + frontMatter + "---\ntext\n"))
			.containsExactly(article("broken.md") + ":5: 'order' must be a whole number, not 'first'");
	}

	@Test
	void nextReviewBeforeLastReviewed() throws IOException {
		String frontMatter = GOOD_FRONT_MATTER.replace("next_review: 2029-11-25", "next_review: 2025-01-01");
		assertThat(errorsFor("broken.md", "---\n" + frontMatter + "---\ntext\n")).containsExactly(article("broken.md")
				+ ":8: next_review 2025-01-01 is before last_reviewed 2026-11-25; set it after the last review (usually three years on)");
	}

	@Test
	void unknownTopicSuggestsTheNearest() throws IOException {
		String frontMatter = GOOD_FRONT_MATTER.replace("topic: basics", "topic: basic");
		assertThat(errorsFor("broken.md", "---\n" + frontMatter + "---\ntext\n")).containsExactly(article("broken.md")
				+ ":4: unknown topic 'basic' (did you mean 'basics'?); topics are the files in content/topics/");
	}

	@Test
	void unknownRelatedArticle() throws IOException {
		String frontMatter = GOOD_FRONT_MATTER + "related: [first-step]\n";
		assertThat(errorsFor("broken.md", "---\n" + frontMatter + "---\ntext\n")).containsExactly(
				article("broken.md") + ":9: unknown related article 'first-step' (did you mean 'first-steps'?)");
	}

	@Test
	void brokenInternalLinkNamesTheBodyLine() throws IOException {
		assertThat(errorsFor("broken.md", "---\n" + GOOD_FRONT_MATTER + "---\n## A\n\nSee [this](/articles/secnd-steps).\n"))
			.containsExactly(article("broken.md")
					+ ":12: broken link: no article 'secnd-steps' (did you mean 'second-steps'?)");
	}

	@Test
	void linkToAPageThatDoesNotExist() throws IOException {
		assertThat(errorsFor("broken.md", "---\n" + GOOD_FRONT_MATTER + "---\nSee [this](/dictionary/x).\n"))
			.containsExactly(article("broken.md") + ":10: broken link '/dictionary/x': no such page;"
					+ " link to /articles/<slug>, /topics/<slug>, /sources/<key> or /glossary/<slug>");
	}

	@Test
	void linkToAGlossaryTermThatDoesNotExist() throws IOException {
		assertThat(errorsFor("broken.md", "---\n" + GOOD_FRONT_MATTER + "---\nSee [this](/glossary/x).\n"))
			.containsExactly(article("broken.md") + ":10: broken link: no glossary term 'x'");
	}

	@Test
	void emptyBody() throws IOException {
		assertThat(errorsFor("broken.md", "---\n" + GOOD_FRONT_MATTER + "---\n\n  \n")).containsExactly(
				article("broken.md") + ":10: empty body: write the text below the closing '---'");
	}

	@Test
	void levelOneHeadingInBody() throws IOException {
		assertThat(errorsFor("broken.md", "---\n" + GOOD_FRONT_MATTER + "---\ntext\n\n# Big\n")).containsExactly(
				article("broken.md") + ":12: level-one heading ('# '): the title is the page's only h1; use '## ' for sections");
	}

	@Test
	void invalidSlugSuggestsAValidFileName() throws IOException {
		assertThat(errorsFor("Broken File.md", "---\n" + GOOD_FRONT_MATTER + "---\ntext\n")).containsExactly(
				article("Broken File.md") + ":1: invalid file name 'Broken File.md': use lowercase letters, digits and"
						+ " hyphens only (did you mean 'broken-file.md'?)");
	}

	@Test
	void duplicateSlugInASubfolder() throws IOException {
		Files.createDirectories(this.content.resolve("articles/more"));
		Files.copy(this.content.resolve("articles/in-the-room.md"), this.content.resolve("articles/more/in-the-room.md"));
		assertThat(errors()).containsExactly(article("more/in-the-room.md") + ":1: duplicate slug 'in-the-room': "
				+ article("in-the-room.md") + " has the same name; rename one of them");
	}

	@Test
	void fileThatIsNotUtf8() throws IOException {
		byte[] latin1 = ("---\n" + GOOD_FRONT_MATTER + "---\nCaf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
		Files.write(this.content.resolve("articles/broken.md"), latin1);
		assertThat(errors()).containsExactly(article("broken.md") + ":10: not valid UTF-8 text; save the file as UTF-8");
	}

	@Test
	void nonMarkdownFile() throws IOException {
		assertThat(errorsFor("notes.txt", "hello")).containsExactly(article("notes.txt")
				+ ":1: not a Markdown file: content folders hold only .md files; rename it to .md or move it out");
	}

	@Test
	void everyProblemIsReportedTogether() throws IOException {
		write("a.md", "no front matter\n");
		write("b.md", "---\n" + GOOD_FRONT_MATTER.replace("topic: basics", "topic: nowhere") + "---\ntext\n");
		assertThat(errors()).hasSize(2);
	}

	private List<String> errorsFor(String fileName, String text) throws IOException {
		write(fileName, text);
		return errors();
	}

	private void write(String fileName, String text) throws IOException {
		Files.writeString(this.content.resolve("articles").resolve(fileName), text);
	}

	private List<String> errors() {
		ContentReader reader = new ContentReader(new MarkdownRenderer(), FORMATTER, "http://localhost:8080");
		reader.read(this.content);
		return reader.report().errors().stream().map(ContentProblem::toString).toList();
	}

	private String article(String name) {
		return this.content.resolve("articles").resolve(name).toString();
	}

}
