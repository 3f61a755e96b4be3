package org.psychodynamiclibrary.content;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.article.ArticleRepository;
import org.psychodynamiclibrary.content.ContentReader.LoadedContent;
import org.psychodynamiclibrary.topic.TopicRepository;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only writer of the database: reads {@code content/} once at start-up, before the server accepts
 * requests, and either saves all of it or stops start-up with every problem listed.
 */
@Component
class ContentImporter implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentImporter.class);

	private final LibraryProperties properties;

	private final TopicRepository topics;

	private final ArticleRepository articles;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private String summary = "";

	ContentImporter(LibraryProperties properties, TopicRepository topics, ArticleRepository articles,
			TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.properties = properties;
		this.topics = topics;
		this.articles = articles;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		Path root = this.properties.contentDir().toAbsolutePath().normalize();
		ContentReader reader = new ContentReader(new MarkdownRenderer());
		LoadedContent content = reader.read(root);
		ContentReport report = reader.report();
		report.warnings().forEach((warning) -> logger.warn(warning));
		if (report.hasErrors()) {
			throw new InvalidContentException(report.errors());
		}
		this.transaction.executeWithoutResult((status) -> {
			content.topics().forEach(this.topics::save);
			content.articles().forEach(this.articles::save);
		});
		this.events.publishEvent(new ContentLoadedEvent(content, Instant.now()));
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.summary = content.topics().size() + " topics, " + content.articles().size() + " articles from " + root
				+ " (content import " + millis + " ms" + (report.warnings().isEmpty() ? "" : ", "
						+ report.warnings().size() + " warning(s)") + ")";
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportStartup() {
		double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		logger.info(String.format("Library ready in %.1f s: %s", seconds, this.summary));
	}

}
