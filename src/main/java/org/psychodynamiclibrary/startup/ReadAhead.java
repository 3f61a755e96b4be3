package org.psychodynamiclibrary.startup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.content.ContentReader;
import org.psychodynamiclibrary.content.Library;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Reads the content on a thread of its own from the first moment the settings are known (once
 * {@code application.properties}, environment variables and arguments are read), before Spring Boot sets up
 * logging and the application context, which until then leave the machine's second core idle. Reading (Markdown,
 * citation styles) is the slow part of start-up and needs nothing from Spring. The result reaches the context as
 * the {@code library} bean, which the importer asks for; without it (in tests) the importer reads the folder
 * itself. Registered by {@code LibraryApplication.main} only, so no test context pays for it.
 */
public final class ReadAhead implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	private static final Log logger = LogFactory.getLog(ReadAhead.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (!event.getEnvironment().getProperty("library.startup.read-ahead", Boolean.class, true)) {
			return; // switched off to measure what it saves (src/bench/startup-tricks.sh)
		}
		LibraryProperties properties = Binder.get(event.getEnvironment())
			.bindOrCreate("library", LibraryProperties.class);
		Reading reading = new Reading(properties);
		event.getSpringApplication()
			.addInitializers((context) -> context.getBeanFactory().registerSingleton("library", reading));
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER - 1;
	}

	/** The library being read; asking for it waits until it is read, or throws what stopped the reading. */
	static final class Reading implements FactoryBean<Library> {

		private final CompletableFuture<Library> library = new CompletableFuture<>();

		private volatile long millis;

		Reading(LibraryProperties properties) {
			Thread reader = new Thread(() -> {
				long started = System.nanoTime();
				try {
					this.library.complete(ContentReader.readValid(properties));
				}
				catch (Throwable ex) {
					this.library.completeExceptionally(ex);
				}
				this.millis = (System.nanoTime() - started) / 1_000_000;
			}, "content-reader");
			reader.setDaemon(true);
			reader.start();
		}

		@Override
		public Library getObject() {
			try {
				Library library = this.library.join();
				logger.info("Content read ahead in " + this.millis + " ms, alongside start-up");
				return library;
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw ex;
			}
		}

		@Override
		public Class<?> getObjectType() {
			return Library.class;
		}

	}

}
