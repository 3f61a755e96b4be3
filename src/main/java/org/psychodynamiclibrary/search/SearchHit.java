package org.psychodynamiclibrary.search;

import org.psychodynamiclibrary.search.SearchDocument.Kind;

/**
 * One result. {@code snippetHtml} is safe to output unescaped: the page's text is HTML-escaped and only
 * the {@code <mark>} tags around matched words are markup.
 */
public record SearchHit(Kind kind, String url, String title, String topicSlug, String topicTitle,
		String snippetHtml) {
}
