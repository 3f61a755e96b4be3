package org.psychodynamiclibrary.search;

import org.psychodynamiclibrary.search.SearchDocument.Kind;

/** What a hit shows of a page, kept in memory (by ordinal) so that only the snippet text is read from the index. */
record IndexEntry(Kind kind, String url, String title, String topicSlug, String topicTitle) {

	IndexEntry(SearchDocument document) {
		this(document.kind(), document.url(), document.title(), document.topicSlug(), document.topicTitle());
	}

	/** Whether this page passes the filters (null: any). */
	boolean in(Kind kind, String topic) {
		return (kind == null || kind == this.kind) && (topic == null || topic.equals(this.topicSlug));
	}

	SearchHit hit(String snippetHtml) {
		return new SearchHit(this.kind, this.url, this.title, this.topicSlug, this.topicTitle, snippetHtml);
	}

}
