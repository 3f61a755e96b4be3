package org.psychodynamiclibrary.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.psychodynamiclibrary.content.ContentProblem.Severity;

/**
 * Collects every problem found while reading the content, so authors see them all at once.
 */
public final class ContentReport {

	private final List<ContentProblem> problems = new ArrayList<>();

	public void error(Path path, int line, String message) {
		this.problems.add(new ContentProblem(path, line, message, Severity.ERROR));
	}

	public void warning(Path path, int line, String message) {
		this.problems.add(new ContentProblem(path, line, message, Severity.WARNING));
	}

	/** How many errors have been reported so far. */
	public int errorCount() {
		return (int) this.problems.stream().filter((problem) -> problem.severity() == Severity.ERROR).count();
	}

	public boolean hasErrors() {
		return this.problems.stream().anyMatch((problem) -> problem.severity() == Severity.ERROR);
	}

	public List<ContentProblem> problems() {
		return this.problems.stream()
			.sorted(Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line))
			.toList();
	}

	public List<ContentProblem> errors() {
		return problems().stream().filter((problem) -> problem.severity() == Severity.ERROR).toList();
	}

	public List<ContentProblem> warnings() {
		return problems().stream().filter((problem) -> problem.severity() == Severity.WARNING).toList();
	}

}
