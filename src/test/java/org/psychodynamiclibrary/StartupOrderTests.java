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
 * What start-up runs side by side on two cores (see the README's "How it works"): each test fails if a change
 * quietly puts one of these back in line, which only the start-up benchmark would otherwise show.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "library.content-dir=src/test/resources/fixture-content")
class StartupOrderTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	ContentReading contentReading;

	@Test
	void contentIsReadFromTheConfiguredFolderBeforeTheApplicationContextIsMade() {
		// Handed over as a bean by ContentReadingStarter; the importer would otherwise read the folder itself, late.
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
