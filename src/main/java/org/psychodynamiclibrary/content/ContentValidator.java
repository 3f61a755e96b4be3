package org.psychodynamiclibrary.content;

import java.io.PrintStream;
import java.nio.file.Path;

import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.cite.CitationFormatter;

/**
 * The {@code --validate} mode: checks a content folder and prints every problem, without starting the site.
 */
public final class ContentValidator {

	private ContentValidator() {
	}

	/** Returns the process exit status: 0 when the folder has no errors, 1 otherwise. */
	public static int validate(Path root, PrintStream out) {
		ContentReader reader = new ContentReader(new MarkdownRenderer(), new CitationFormatter(),
				LibraryProperties.defaults(root).baseUrl());
		Library library = reader.read(root);
		ContentReport report = reader.report();
		report.problems().forEach(out::println);
		if (report.hasErrors()) {
			out.println(root + ": " + report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)");
			return 1;
		}
		out.println(root + ": OK, " + library.topics().size() + " topics, " + library.articles().size()
				+ " articles, " + library.sources().size() + " sources, " + report.warnings().size() + " warning(s)");
		return 0;
	}

}
