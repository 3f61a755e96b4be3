package org.psychodynamiclibrary;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.ContentReading;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring that lets start-up run things side by side on two cores (see the README's "How it works"): each
 * test fails if a change quietly removes one piece of it, which only the start-up benchmark would otherwise show.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
class StartupOrderTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	ContentReading contentReading;

	@Test
	void theEarlyReadingOfTheConfiguredFolderIsHandedToTheApplicationContext() {
		// Only ContentReadingStarter registers this bean, before the context is refreshed; without it the importer
		// would read the folder itself, once the context is nearly built.
		assertThat(this.contentReading.join().root()).endsWith(Path.of("src/test/resources/fixture-content"));
		assertThat(this.contentReading.join().content().articles()).hasSize(3);
	}

	@Test
	void hibernateStartsBeforeTheWebServerIsMade() {
		String[] webServerFactories = this.context.getBeanNamesForType(ServletWebServerFactory.class);
		assertThat(webServerFactories).isNotEmpty();
		for (String name : webServerFactories) {
			assertThat(this.context.getBeanFactory().getBeanDefinition(name).getDependsOn())
				.contains(HibernateStartsFirst.ENTITY_MANAGER_FACTORY);
		}
	}

}
