package org.psychodynamiclibrary;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychodynamiclibrary.content.Library;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring that lets start-up read the content while Spring starts (package {@code startup}): the test fails if
 * a change quietly removes it, which only the start-up benchmark would otherwise show.
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


}
