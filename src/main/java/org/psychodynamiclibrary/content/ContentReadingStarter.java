package org.psychodynamiclibrary.content;

import org.psychodynamiclibrary.LibraryProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Starts reading the content (see {@link ContentReading}) at the first moment the settings are known: once
 * {@code application.properties}, environment variables and arguments are read, and before Spring Boot sets up
 * logging and the application context, which until then leave the machine's second core idle. The reading is
 * handed to the context as the {@code contentReading} bean when the context is made.
 */
class ContentReadingStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		LibraryProperties properties = Binder.get(event.getEnvironment())
			.bindOrCreate("library", LibraryProperties.class);
		ContentReading reading = ContentReading.start(properties);
		event.getSpringApplication()
			.addInitializers((context) -> context.getBeanFactory().registerSingleton("contentReading", reading));
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER - 1;
	}

}
