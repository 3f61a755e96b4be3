package org.psychodynamiclibrary.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker: the self-contained {@code vnu.jar} of the npm package {@code vnu-jar}, which the build
 * installs (see the pom), run offline in a JVM of its own over a batch of pages at once.
 */
final class HtmlChecker {

	static final Path JAR = Path.of(System.getProperty("vnu.jar", "target/vnu/node_modules/vnu-jar/build/dist/vnu.jar"));

	private static final Path WORK = Path.of("target", "html-check");

	private HtmlChecker() {
	}

	/** Why the checker cannot run here, or empty when it can. */
	static Optional<String> missing() {
		return Files.isRegularFile(JAR) ? Optional.empty()
				: Optional.of(JAR + " is missing: './mvnw verify' installs it with npm (npm package vnu-jar)");
	}

	/**
	 * Checks each page's HTML and returns every error, each naming its page.
	 * @param pages the HTML of each page, by the name to report it under
	 */
	static List<Error> errors(Map<String, String> pages) {
		try {
			Files.createDirectories(WORK);
			Map<String, String> pageByFile = new LinkedHashMap<>();
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-jar", JAR.toString(), "--format", "json", "--stdout", "--exit-zero-always",
					"--errors-only"));
			int number = 0;
			for (Map.Entry<String, String> page : pages.entrySet()) {
				Path file = WORK.resolve("page-" + (++number) + ".html").toAbsolutePath();
				Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
				pageByFile.put(file.toUri().toString(), page.getKey());
				command.add(file.toString());
			}
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("The Nu Html Checker did not finish cleanly: " + command);
			}
			List<Error> errors = new ArrayList<>();
			for (JsonNode message : JsonMapper.shared().readTree(output).path("messages")) {
				String page = pageByFile.getOrDefault(normalise(message.path("url").asString()),
						message.path("url").asString());
				errors.add(new Error(page, message.path("lastLine").asInt(), message.path("type").asString(),
						message.path("message").asString(), message.path("extract").asString().strip()));
			}
			return errors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The checker writes {@code file:/path}; {@link java.net.URI} writes {@code file:///path}. */
	private static String normalise(String url) {
		return url.replaceFirst("^file:/+", "file:///");
	}

	record Error(String page, int line, String type, String message, String extract) {

		@Override
		public String toString() {
			return this.page + " line " + this.line + ": " + this.message
					+ (this.extract.isEmpty() ? "" : "  [" + this.extract.replaceAll("\\s+", " ") + "]");
		}

	}

}
