package org.psychodynamiclibrary;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.psychodynamiclibrary.content.ContentValidator;
import org.psychodynamiclibrary.model.Article;
import org.psychodynamiclibrary.startup.ReadAhead;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@EntityScan(basePackageClasses = Article.class)
public class LibraryApplication {

	public static void main(String[] args) {
		List<String> arguments = Arrays.asList(args);
		int validate = arguments.indexOf("--validate");
		if (validate >= 0) {
			Path folder = Path.of((validate + 1 < args.length) ? args[validate + 1] : "content");
			System.exit(ContentValidator.validate(folder, System.out));
		}
		application().run(args);
	}

	/** The site as its main method starts it: the content is read ahead while Spring starts. */
	static SpringApplication application() {
		SpringApplication application = new SpringApplication(LibraryApplication.class);
		application.addListeners(new ReadAhead());
		return application;
	}

}
