package org.psychodynamiclibrary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the library's pages, built once and then only read (thread-safe).
 * A search returns one page of hits with snippets, counts by kind and topic, and, when the words as typed
 * find nothing, a spelling suggestion and the pages that match some of the words.
 */
final class SearchIndex {

	private final IndexEntry[] entries;

	/** Topic slugs in the order of their first document, which is the order topic counts are listed in. */
	private final List<String> topicOrder;

	private final int pageSize;

	private final IndexSearcher searcher;

	private final QueryTranslator translator;

	private final Snippets snippets;

	private final SpellingSuggester suggester;

	/**
	 * Indexes the documents.
	 * @param indexing the analyzer for the text of the documents
	 * @param querying the same with synonyms, for what readers type
	 */
	SearchIndex(List<SearchDocument> documents, TextAnalyzer indexing, TextAnalyzer querying, int pageSize) {
		this.pageSize = pageSize;
		this.entries = documents.stream().map(IndexEntry::new).toArray(IndexEntry[]::new);
		this.topicOrder = documents.stream().map(SearchDocument::topicSlug).filter(Objects::nonNull).distinct().toList();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		IndexWriterConfig config = new IndexWriterConfig(
				new PerFieldAnalyzerWrapper(indexing, Map.of(IndexSchema.WORDS, TextAnalyzer.words())))
			.setRAMBufferSizeMB(64);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			// documents are analysed on every core; each document carries its ordinal, so order does not matter
			IntStream.range(0, documents.size()).parallel().forEach((i) -> add(writer, documents.get(i), i));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
			// Lucene's query cache pays off for filters repeated across searches; here every part of a query
			// comes from the reader's text, and a cache would only flatter benchmarks that repeat queries
			this.searcher.setQueryCache(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.translator = new QueryTranslator(querying, indexing, this.searcher.getIndexReader());
		this.snippets = new Snippets(this.searcher, indexing);
		this.suggester = new SpellingSuggester(this.searcher.getIndexReader());
	}

	private static void add(IndexWriter writer, SearchDocument document, int ordinal) {
		try {
			writer.addDocument(IndexSchema.document(document, ordinal));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	SearchResults search(SearchRequest request) {
		try {
			return find(request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchResults find(SearchRequest request) throws IOException {
		UserQuery userQuery = UserQuery.parse(request.text());
		QueryTranslator.Translation translation = this.translator.of(userQuery);
		Query query = translation.query(true);
		if (query == null) {
			return SearchResults.none(request, this.pageSize);
		}
		MatchCounts counts = counts(query);
		String suggestion = null;
		boolean partial = false;
		if (counts.isEmpty()) {
			suggestion = this.suggester.suggest(userQuery.text()).filter(this::findsSomething).orElse(null);
			Query relaxed = translation.query(false);
			MatchCounts some = relaxed.equals(query) ? counts : counts(relaxed);
			if (!some.isEmpty()) {
				query = relaxed;
				counts = some;
				partial = true;
			}
		}
		int total = counts.total(request.kind(), request.topic());
		int pageCount = (total + this.pageSize - 1) / this.pageSize;
		int page = Math.max(1, Math.min(request.page(), pageCount));
		return new SearchResults(request.onPage(page), total, page, this.pageSize, hits(query, request, page, total),
				counts.kinds(request.topic()), counts.topics(request.kind()), suggestion, partial);
	}

	private MatchCounts counts(Query query) throws IOException {
		return new MatchCounts(this.searcher.search(query, new MatchedOrdinals()), this.entries, this.topicOrder);
	}

	private boolean findsSomething(String text) {
		Query query = this.translator.of(UserQuery.parse(text)).query(true);
		try {
			return query != null && this.searcher.count(query) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<SearchHit> hits(Query query, SearchRequest request, int page, int total) throws IOException {
		if (total == 0) {
			return List.of();
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
		if (request.kind() != null) {
			filtered.add(new TermQuery(new Term(IndexSchema.KIND, request.kind().key())), Occur.FILTER);
		}
		if (request.topic() != null) {
			filtered.add(new TermQuery(new Term(IndexSchema.TOPIC, request.topic())), Occur.FILTER);
		}
		int wanted = page * this.pageSize;
		Query weighted = FunctionScoreQuery.boostByValue(filtered.build(),
				DoubleValuesSource.fromFloatField(IndexSchema.WEIGHT));
		TopDocs top = this.searcher.search(weighted, new TopScoreDocCollectorManager(wanted, wanted));
		ScoreDoc[] scoreDocs = top.scoreDocs;
		int from = Math.min((page - 1) * this.pageSize, scoreDocs.length);
		int[] docIds = new int[scoreDocs.length - from];
		for (int i = 0; i < docIds.length; i++) {
			docIds[i] = scoreDocs[from + i].doc;
		}
		String[] snippets = this.snippets.of(query, docIds);
		List<SearchHit> hits = new ArrayList<>(docIds.length);
		for (int i = 0; i < docIds.length; i++) {
			hits.add(entry(docIds[i]).hit(snippets[i]));
		}
		return hits;
	}

	private IndexEntry entry(int docId) throws IOException {
		List<LeafReaderContext> leaves = this.searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
		NumericDocValues ordinals = DocValues.getNumeric(leaf.reader(), IndexSchema.ORDINAL);
		if (!ordinals.advanceExact(docId - leaf.docBase)) {
			throw new IllegalStateException("document " + docId + " has no ordinal");
		}
		return this.entries[(int) ordinals.longValue()];
	}

}
