package org.psychodynamiclibrary.content;

import java.io.PrintStream;
import java.nio.file.Path;


/**
 * The {@code --validate} mode: checks a content folder and prints every problem, without starting the site.
 */
public final class ContentValidator {

	private ContentValidator() {
	}

	/** Returns the process exit status: 0 when the folder has no errors, 1 otherwise. */
	public static int validate(Path root, PrintStream out) {
		ContentReading.Result result = ContentReading.read(root, "http://localhost:8080");
		var content = result.content();
		ContentReport report = result.report();
		report.problems().forEach(out::println);
		if (report.hasErrors()) {
			out.println(root + ": " + report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)");
			return 1;
		}
		out.println(root + ": OK, " + content.topics().size() + " topics, " + content.articles().size()
				+ " articles, " + content.sources().size() + " sources, " + report.warnings().size() + " warning(s)");
		return 0;
	}

}
