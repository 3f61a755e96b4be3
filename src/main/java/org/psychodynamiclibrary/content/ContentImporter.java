package org.psychodynamiclibrary.content;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.model.ArticleRepository;
import org.psychodynamiclibrary.model.Citation;
import org.psychodynamiclibrary.model.CitationRepository;
import org.psychodynamiclibrary.model.GlossaryTerm;
import org.psychodynamiclibrary.model.GlossaryTermRepository;
import org.psychodynamiclibrary.model.Section;
import org.psychodynamiclibrary.model.Source;
import org.psychodynamiclibrary.model.SourceRepository;
import org.psychodynamiclibrary.model.TermUse;
import org.psychodynamiclibrary.model.TermUseRepository;
import org.psychodynamiclibrary.model.Topic;
import org.psychodynamiclibrary.model.TopicRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only writer of the database. Before the server takes requests it takes the {@link Library} (read ahead at
 * start-up when the application was started by its main method, read here otherwise), saves all of it as
 * entities, and meanwhile announces it with {@link LibraryLoaded} on another thread for the search index and the
 * navigation. Invalid content stops start-up with every problem listed.
 */
@Component
class ContentImporter implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentImporter.class);

	private final LibraryProperties properties;

	private final TopicRepository topics;

	private final ArticleRepository articles;

	private final SourceRepository sources;

	private final CitationRepository citations;

	private final GlossaryTermRepository terms;

	private final TermUseRepository termUses;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<Library> readAhead;

	private String summary = "";

	ContentImporter(LibraryProperties properties, TopicRepository topics, ArticleRepository articles,
			SourceRepository sources, CitationRepository citations, GlossaryTermRepository terms,
			TermUseRepository termUses, TransactionTemplate transaction, ApplicationEventPublisher events,
			ObjectProvider<Library> readAhead) {
		this.properties = properties;
		this.topics = topics;
		this.articles = articles;
		this.sources = sources;
		this.citations = citations;
		this.terms = terms;
		this.termUses = termUses;
		this.transaction = transaction;
		this.events = events;
		this.readAhead = readAhead;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		Library library = this.readAhead.getIfAvailable(() -> ContentReader.readValid(this.properties));
		long waited = millisSince(started);
		library.warnings().forEach((warning) -> logger.warn(warning));
		CompletableFuture<Long> indexing = CompletableFuture.supplyAsync(() -> {
			long indexStarted = System.nanoTime();
			this.events.publishEvent(new LibraryLoaded(library));
			return millisSince(indexStarted);
		}, (task) -> new Thread(task, "library-indexer").start());
		long saveStarted = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> save(library));
		long saving = millisSince(saveStarted);
		long indexed = join(indexing);
		this.summary = library.topics().size() + " topics, " + library.articles().size() + " articles, "
				+ library.sources().size() + " sources, " + library.glossary().size() + " glossary terms, "
				+ library.citationCount() + " citations from "
				+ this.properties.contentDir().toAbsolutePath().normalize() + " (waited " + waited
				+ " ms for the reading, saved in " + saving + " ms while indexing in " + indexed + " ms"
				+ (library.warnings().isEmpty() ? "" : ", " + library.warnings().size() + " warning(s)") + ")";
	}

	private void save(Library library) {
		Map<String, Topic> topicsBySlug = new HashMap<>();
		for (Library.Topic topic : library.topics()) {
			topicsBySlug.put(topic.slug(), this.topics.save(new Topic(topic.slug(), topic.title(), topic.summary(),
					topic.position(), topic.introductionHtml())));
		}
		Map<String, Source> sourcesByKey = new HashMap<>();
		Map<String, Integer> articlesCiting = library.articlesCitingEachSource();
		for (Library.Source source : library.sources()) {
			sourcesByKey.put(source.key(), this.sources.save(new Source(source.metadata(), source.annotationHtml(),
					source.apaHtml(), source.verification(), source.findings(), articlesCiting.getOrDefault(source.key(), 0))));
		}
		Map<String, GlossaryTerm> termsBySlug = new HashMap<>();
		for (Library.Term record : library.glossary()) {
			GlossaryTerm term = this.terms.save(new GlossaryTerm(record.slug(), record.term(), record.summary(),
					record.aliases(), record.seeAlso(), record.article(), record.definitionHtml()));
			termsBySlug.put(record.slug(), term);
			int position = 0;
			for (Library.Citation use : record.citations()) {
				this.citations.save(new Citation(term, sourcesByKey.get(use.sourceKey()), use.number(), use.marker(),
						use.locator(), position++));
			}
		}
		for (Library.Article record : library.articles()) {
			Article article = this.articles.save(new Article(record.slug(), record.metadata(),
					topicsBySlug.get(record.topicSlug()), record.sections(), record.bodyHtml(), record.citeThis()));
			int position = 0;
			for (Library.Citation use : record.citations()) {
				this.citations.save(new Citation(article, sourcesByKey.get(use.sourceKey()), use.number(), use.marker(),
						use.locator(), anchor(use.section()), title(use.section()), position++));
			}
			position = 0;
			for (Library.TermUse use : record.terms()) {
				this.termUses.save(new TermUse(article, termsBySlug.get(use.slug()), anchor(use.section()),
						title(use.section()), position++));
			}
		}
	}

	private static String anchor(Section section) {
		return (section != null) ? section.anchor() : null;
	}

	private static String title(Section section) {
		return (section != null) ? section.title() : null;
	}

	/** Start-up time as Spring Boot counts it, from the start of the application, and since the JVM started. */
	@EventListener
	void reportStartup(ApplicationReadyEvent event) {
		double seconds = event.getTimeTaken().toMillis() / 1000.0;
		double jvmSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		logger.info(String.format("Library ready in %.1f s (%.1f s since the JVM started): %s", seconds, jvmSeconds,
				this.summary));
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	/** Waits for the indexing, throwing what it threw (not wrapped), so failure analysis sees the cause. */
	private static <T> T join(CompletableFuture<T> task) {
		try {
			return task.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

}
