package org.psychodynamiclibrary.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFileTests {

	@TempDir
	Path folder;

	@Test
	void splitsFrontMatterFromBodyAndKeepsLineNumbers() throws IOException {
		ContentReport report = new ContentReport();
		ContentFile file = read("sample.md", """
				---
				title: "Transference: an introduction"
				order: 3
				tags: [one, two]
				related:
				  - first
				  - second
				last_reviewed: 2026-11-25
				---
				## Heading

				Body text.
				""", report);

		assertThat(report.problems()).isEmpty();
		assertThat(file.slug()).isEqualTo("sample");
		assertThat(file.body()).isEqualTo("## Heading\n\nBody text.\n");
		assertThat(file.bodyLine()).isEqualTo(10);
		assertThat(file.fileLine(3)).isEqualTo(12);
		FrontMatter meta = file.frontMatter();
		assertThat(meta.requiredString("title")).isEqualTo("Transference: an introduction");
		assertThat(meta.requiredInteger("order")).isEqualTo(3);
		assertThat(meta.stringList("tags")).containsExactly("one", "two");
		assertThat(meta.stringList("related")).containsExactly("first", "second");
		assertThat(meta.optionalDate("last_reviewed")).contains(LocalDate.of(2026, 11, 25));
		assertThat(meta.line("tags")).isEqualTo(4);
		assertThat(meta.line("related")).isEqualTo(6);
		assertThat(meta.optionalString("author")).isEmpty();
		assertThat(report.problems()).isEmpty();
	}

	@Test
	void windowsLineEndingsAndAByteOrderMarkAreAccepted() throws IOException {
		ContentReport report = new ContentReport();
		ContentFile file = read("crlf.md", "\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n", report);
		assertThat(report.problems()).isEmpty();
		assertThat(file.frontMatter().requiredString("title")).isEqualTo("T");
		assertThat(file.body()).isEqualTo("Body\n");
	}

	@Test
	void aListWhereTextIsExpectedIsReportedAtItsLine() throws IOException {
		ContentReport report = new ContentReport();
		ContentFile file = read("typed.md", "---\ntitle:\n  - a\n  - b\n---\nBody\n", report);
		assertThat(file.frontMatter().requiredString("title")).isEmpty();
		assertThat(report.errors()).extracting(ContentProblem::toString)
			.containsExactly(this.folder.resolve("typed.md") + ":3: 'title' must be a single line of text");
	}

	private ContentFile read(String name, String text, ContentReport report) throws IOException {
		Path path = this.folder.resolve(name);
		Files.writeString(path, text);
		return ContentFile.read(path, report).orElseThrow();
	}

}
