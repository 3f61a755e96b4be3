package org.psychodynamiclibrary.search;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One searchable page, in plain text, as the index takes it: the index does not know about entities.
 * Topic fields are null for sources; a topic's own page carries its own slug and title.
 * {@code headings} holds the page's section headings, one a line; {@code body} has a line for each paragraph
 * (snippets never run across a line break). For a source, {@code headings} holds its authors' names,
 * {@code summary} its formatted reference and {@code body} its annotation.
 */
public record SearchDocument(Kind kind, String url, String title, String topicSlug, String topicTitle,
		String headings, String summary, String body) {

	public SearchDocument {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(title, "title");
		headings = Objects.requireNonNullElse(headings, "");
		summary = Objects.requireNonNullElse(summary, "");
		body = Objects.requireNonNullElse(body, "");
	}

	public enum Kind {

		ARTICLE("Article", "Articles", 1.5f), TERM("Glossary", "Glossary", 1.2f), TOPIC("Topic", "Topics", 1f),
		SOURCE("Source", "Sources", 0.8f);

		private final String label;

		private final String plural;

		private final float weight;

		Kind(String label, String plural, float weight) {
			this.label = label;
			this.plural = plural;
			this.weight = weight;
		}

		/**
		 * How much a match counts for this kind of page: pages written for readers come before the works they
		 * cite, and an article before the glossary's one-paragraph entry on the same subject.
		 */
		public float weight() {
			return this.weight;
		}

		public String label() {
			return this.label;
		}

		public String plural() {
			return this.plural;
		}

		/** The value used in URLs and in the index: {@code article}, {@code term}, {@code topic}, {@code source}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The kind a URL parameter names, if any; anything else means "all kinds". */
		static Optional<Kind> fromKey(String key) {
			for (Kind kind : values()) {
				if (kind.key().equals(key)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

}
