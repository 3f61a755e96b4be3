package org.psychodynamiclibrary.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the content folder has errors; start-up stops and every problem is listed.
 */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in the content:\n"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return this.problems;
	}

}
