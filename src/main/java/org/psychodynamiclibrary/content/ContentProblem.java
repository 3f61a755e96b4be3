package org.psychodynamiclibrary.content;

import java.nio.file.Path;

/**
 * One thing wrong with a content file, reported as {@code path:line: message}.
 */
public record ContentProblem(Path path, int line, String message, Severity severity) {

	public enum Severity {
		ERROR, WARNING
	}

	@Override
	public String toString() {
		return this.path + ":" + this.line + ": " + (this.severity == Severity.WARNING ? "warning: " : "") + this.message;
	}

}
