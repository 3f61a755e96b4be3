package org.psychodynamiclibrary.search;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.psychodynamiclibrary.content.LibraryLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The site's search: indexes the library once the content is loaded (before the server takes requests) and
 * answers searches from that index. The word lists are read when the application starts, so a broken list
 * stops start-up.
 */
@Component
class SearchEngine {

	private static final Log logger = LogFactory.getLog(SearchEngine.class);

	private final TextAnalyzer indexing;

	private final TextAnalyzer querying;

	private final int pageSize;

	/** Null until the content is loaded, which happens before the server takes requests. */
	private volatile SearchIndex index;

	SearchEngine(SearchProperties properties) {
		Vocabulary vocabulary = Vocabulary.standard();
		this.indexing = TextAnalyzer.forIndexing(vocabulary);
		this.querying = this.indexing.withSynonyms(vocabulary);
		this.pageSize = properties.pageSize();
	}

	@EventListener
	void onLibraryLoaded(LibraryLoaded event) {
		index(SearchDocuments.of(event.library()));
	}

	void index(List<SearchDocument> documents) {
		long started = System.nanoTime();
		this.index = new SearchIndex(documents, this.indexing, this.querying, this.pageSize);
		logger.info("Search index built: " + documents.size() + " pages in " + (System.nanoTime() - started) / 1_000_000
				+ " ms");
	}

	SearchResults search(SearchRequest request) {
		SearchIndex current = this.index;
		return (current != null) ? current.search(request) : SearchResults.none(request, this.pageSize);
	}

}
