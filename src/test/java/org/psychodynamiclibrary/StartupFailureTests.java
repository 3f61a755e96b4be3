package org.psychodynamiclibrary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psychodynamiclibrary.content.ContentValidator;
import org.psychodynamiclibrary.content.InvalidContentException;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Broken content stops start-up with every problem listed, and the validate mode reports without serving.
 */
class StartupFailureTests {

	@TempDir
	Path content;

	@Test
	void startupFailsListingEveryProblemWithItsLine() throws IOException {
		brokenFolder();
		SpringApplication application = new SpringApplication(LibraryApplication.class);
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> application.run("--library.content-dir=" + this.content, "--server.port=0",
					"--spring.main.banner-mode=off"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(this.content.resolve("articles/one.md") + ":4: unknown topic 'basic' (did you mean"
						+ " 'basics'?); topics are the files in content/topics/",
						this.content.resolve("articles/two.md") + ":1: missing front matter: the file must start with"
								+ " a '---' line, then YAML keys, then '---'"));
	}

	@Test
	void validateModeExitsOneOnErrorsAndZeroOnGoodContent() throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int status = ContentValidator.validate(Path.of("src/test/resources/fixture-content"), new PrintStream(output));
		assertThat(status).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("OK, 2 topics, 3 articles");

		brokenFolder();
		output.reset();
		assertThat(ContentValidator.validate(this.content, new PrintStream(output))).isEqualTo(1);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("articles/one.md:4: unknown topic 'basic'")
			.contains("2 error(s)");
	}

	private void brokenFolder() throws IOException {
		Files.createDirectories(this.content.resolve("topics"));
		Files.createDirectories(this.content.resolve("articles"));
		Files.createDirectories(this.content.resolve("sources"));
		Files.writeString(this.content.resolve("topics/basics.md"), "---\ntitle: Basics\nsummary: S.\norder: 1\n---\nIntro\n");
		Files.writeString(this.content.resolve("articles/one.md"), """
				---
				title: One
				summary: S.
				topic: basic
				order: 1
				first_published: 2026-01-01
				last_reviewed: 2026-11-25
				next_review: 2029-11-25
				---
				Body
				""");
		Files.writeString(this.content.resolve("articles/two.md"), "No front matter\n");
	}

}
