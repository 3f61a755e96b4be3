package org.psychodynamiclibrary.source;

import java.nio.file.Path;

import org.psychodynamiclibrary.content.ContentReader;
import org.psychodynamiclibrary.content.ContentReader.LoadedContent;
import org.psychodynamiclibrary.content.MarkdownRenderer;

/**
 * The real content folder, read once for the tests that check what readers get from it.
 */
final class ShippedContent {

	static final ContentReader READER = new ContentReader(new MarkdownRenderer(), new CitationFormatter(),
			"https://example.org");

	static final LoadedContent CONTENT = READER.read(Path.of("content"));

	private ShippedContent() {
	}

	static Source source(String key) {
		return CONTENT.sources().stream().filter((source) -> source.getKey().equals(key)).findFirst().orElseThrow();
	}

}
