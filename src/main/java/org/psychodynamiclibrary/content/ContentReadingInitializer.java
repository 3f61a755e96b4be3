package org.psychodynamiclibrary.content;

import org.psychodynamiclibrary.LibraryProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts reading the content before the application context is refreshed (see {@link ContentReading}).
 */
class ContentReadingInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LibraryProperties properties = Binder.get(context.getEnvironment())
			.bindOrCreate("library", LibraryProperties.class);
		context.getBeanFactory().registerSingleton("contentReading", ContentReading.start(properties));
	}

}
