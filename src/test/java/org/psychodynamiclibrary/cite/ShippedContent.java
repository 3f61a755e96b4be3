package org.psychodynamiclibrary.cite;

import java.nio.file.Path;

import org.psychodynamiclibrary.content.ContentReader;
import org.psychodynamiclibrary.content.Library;
import org.psychodynamiclibrary.content.MarkdownRenderer;

/**
 * The real content folder, read once for the tests that check what readers get from it.
 */
public final class ShippedContent {

	public static final ContentReader READER = new ContentReader(new MarkdownRenderer(), new CitationFormatter(),
			"https://example.org");

	public static final Library LIBRARY = READER.read(Path.of("content"));

	private ShippedContent() {
	}

	public static Library.Source source(String key) {
		return LIBRARY.sources().stream().filter((source) -> source.key().equals(key)).findFirst().orElseThrow();
	}

	public static Library.Article article(String slug) {
		return LIBRARY.articles().stream().filter((article) -> article.slug().equals(slug)).findFirst().orElseThrow();
	}

}
