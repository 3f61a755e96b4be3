package org.psychodynamiclibrary.content;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.article.ArticleRepository;
import org.psychodynamiclibrary.content.ContentReader.LoadedContent;
import org.psychodynamiclibrary.source.CitationRepository;
import org.psychodynamiclibrary.source.SourceRepository;
import org.psychodynamiclibrary.topic.TopicRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only writer of the database: takes what {@link ContentReading} read from {@code content/} at start-up,
 * before the server accepts requests, and either saves all of it or stops start-up with every problem listed.
 */
@Component
class ContentImporter implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentImporter.class);

	private final LibraryProperties properties;

	private final TopicRepository topics;

	private final ArticleRepository articles;

	private final SourceRepository sources;

	private final CitationRepository citations;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<ContentReading> reading;

	private String summary = "";

	ContentImporter(LibraryProperties properties, TopicRepository topics, ArticleRepository articles,
			SourceRepository sources, CitationRepository citations, TransactionTemplate transaction,
			ApplicationEventPublisher events, ObjectProvider<ContentReading> reading) {
		this.properties = properties;
		this.topics = topics;
		this.articles = articles;
		this.sources = sources;
		this.citations = citations;
		this.transaction = transaction;
		this.events = events;
		this.reading = reading;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		ContentReading.Result result = this.reading.getIfAvailable(() -> ContentReading.start(this.properties)).join();
		long waited = (System.nanoTime() - started) / 1_000_000;
		LoadedContent content = result.content();
		ContentReport report = result.report();
		report.warnings().forEach((warning) -> logger.warn(warning));
		if (report.hasErrors()) {
			throw new InvalidContentException(report.errors());
		}
		// The listeners (the search index, the navigation) build from the content, not the database, so they run
		// on another thread while this one saves; both finish before the server takes requests.
		CompletableFuture<Long> indexing = CompletableFuture.supplyAsync(() -> {
			this.events.publishEvent(new ContentLoadedEvent(content, Instant.now()));
			return (System.nanoTime() - started) / 1_000_000 - waited;
		}, (task) -> new Thread(task, "content-indexer").start());
		this.transaction.executeWithoutResult((status) -> {
			content.topics().forEach(this.topics::save);
			content.articles().forEach(this.articles::save);
			content.sources().forEach(this.sources::save);
			content.citations().forEach(this.citations::save);
		});
		long saving = (System.nanoTime() - started) / 1_000_000 - waited;
		long building = ContentReading.join(indexing);
		this.summary = content.topics().size() + " topics, " + content.articles().size() + " articles, "
				+ content.sources().size() + " sources, " + content.citations().size() + " citations from "
				+ result.root() + " (read in " + result.millis() + " ms alongside start-up, waited " + waited
				+ " ms for it, indexed in " + building + " ms while saving in " + saving + " ms"
				+ (report.warnings().isEmpty() ? "" : ", "
						+ report.warnings().size() + " warning(s)") + ")";
	}

	/** Start-up time as Spring Boot counts it, from the start of the application, and since the JVM started. */
	@EventListener
	void reportStartup(ApplicationReadyEvent event) {
		double seconds = event.getTimeTaken().toMillis() / 1000.0;
		double jvmSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		logger.info(String.format("Library ready in %.1f s (%.1f s since the JVM started): %s", seconds, jvmSeconds,
				this.summary));
	}

}
