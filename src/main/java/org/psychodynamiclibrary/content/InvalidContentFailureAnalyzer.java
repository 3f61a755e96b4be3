package org.psychodynamiclibrary.content;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints content problems as a clean list of {@code path:line: problem} lines instead of a stack trace.
 */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		String problems = cause.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
		return new FailureAnalysis("The content has " + cause.problems().size() + " problem(s):\n\n" + problems,
				"Fix each file at the line shown, then start again. Check a folder without starting the site:"
						+ " java -jar library.jar --validate <content-folder>",
				cause);
	}

}
