package org.psychodynamiclibrary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.Library;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring that lets start-up run things side by side on two cores (package {@code startup}): each test fails if
 * a change quietly removes one piece of it, which only the start-up benchmark would otherwise show.
 */
class StartupOrderTests {

	private static final String[] ARGUMENTS = { "--server.port=0", "--spring.main.banner-mode=off",
			"--library.content-dir=src/test/resources/fixture-content" };

	private static ConfigurableApplicationContext context;

	@BeforeAll
	static void startAsTheMainMethodDoes() {
		context = LibraryApplication.application().run(ARGUMENTS);
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void theContentReadAheadIsHandedToTheContext() {
		// Only ReadAhead registers this bean, before the context is refreshed; without it the importer would read
		// the folder itself, once the context is nearly built.
		assertThat(context.getBeanFactory().containsSingleton("library")).isTrue();
		assertThat(context.getBean(Library.class).articles()).hasSize(3);
	}

	@Test
	void hibernateStartsBeforeTheWebServerIsMade() {
		String[] webServerFactories = context.getBeanNamesForType(ServletWebServerFactory.class);
		assertThat(webServerFactories).isNotEmpty();
		for (String name : webServerFactories) {
			assertThat(context.getBeanFactory().getBeanDefinition(name).getDependsOn()).contains("entityManagerFactory");
		}
	}

}
