package org.psychodynamiclibrary.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One Markdown file split into its YAML front matter and its body, with the body's first line number so
 * problems found in the body can name the right line of the file.
 */
public record ContentFile(Path path, String slug, FrontMatter frontMatter, String body, int bodyLine) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern FENCE = Pattern.compile("^---\\s*$", Pattern.MULTILINE);

	/** Reads a file, reporting every problem; empty when the file cannot be used at all. */
	public static Optional<ContentFile> read(Path path, ContentReport report) {
		String name = path.getFileName().toString();
		if (!name.endsWith(".md")) {
			report.error(path, 1, "not a Markdown file: content folders hold only .md files; rename it to .md or move it out");
			return Optional.empty();
		}
		String slug = name.substring(0, name.length() - 3);
		if (!SLUG.matcher(slug).matches()) {
			String fixed = slug.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
			report.error(path, 1, "invalid file name '" + name + "': use lowercase letters, digits and hyphens only"
					+ " (did you mean '" + fixed + ".md'?)");
		}
		Optional<String> text = decode(path, report);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		return split(path, slug, text.get(), report);
	}

	private static Optional<String> decode(Path path, ContentReport report) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		}
		catch (java.io.IOException ex) {
			report.error(path, 1, "cannot be read: " + ex.getMessage());
			return Optional.empty();
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			report.error(path, firstBadLine(bytes), "not valid UTF-8 text; save the file as UTF-8");
			return Optional.empty();
		}
	}

	private static int firstBadLine(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return 1;
	}

	private static Optional<ContentFile> split(Path path, String slug, String text, ContentReport report) {
		String normalised = text.replace("\r\n", "\n");
		if (!normalised.startsWith("---\n")) {
			report.error(path, 1, "missing front matter: the file must start with a '---' line, then YAML keys, then '---'");
			return Optional.empty();
		}
		var closing = FENCE.matcher(normalised);
		if (!closing.find(4)) {
			report.error(path, 1, "front matter is not closed: add a '---' line after the last key");
			return Optional.empty();
		}
		String yaml = normalised.substring(4, closing.start());
		String body = normalised.substring(Math.min(normalised.length(), closing.end() + 1));
		int yamlLines = (int) yaml.chars().filter((c) -> c == '\n').count();
		int bodyLine = yamlLines + 3;
		Optional<MappingNode> root = parseYaml(path, yaml, report);
		if (root.isEmpty()) {
			return Optional.empty();
		}
		FrontMatter frontMatter = new FrontMatter(path, root.get(), 2, report);
		return Optional.of(new ContentFile(path, slug, frontMatter, body, bodyLine));
	}

	private static Optional<MappingNode> parseYaml(Path path, String yaml, ContentReport report) {
		try {
			Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
			if (node instanceof MappingNode mapping) {
				return Optional.of(mapping);
			}
			report.error(path, 2, "front matter must be YAML 'key: value' lines");
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + 2 : 2;
			report.error(path, line, "malformed YAML front matter: " + ex.getProblem()
					+ "; check indentation, and quote values that contain ':' or start with '[' or '@'");
		}
		catch (RuntimeException ex) {
			report.error(path, 2, "malformed YAML front matter: " + ex.getMessage());
		}
		return Optional.empty();
	}

	/** The line in the file of a line number counted from the start of the body (1-based). */
	public int fileLine(int bodyLineNumber) {
		return this.bodyLine + bodyLineNumber - 1;
	}

}
