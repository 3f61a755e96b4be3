package org.psychodynamiclibrary.browser;

import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * Site-wide checks collect every problem, each naming its page, and fail once listing them all, so one run shows
 * everything that needs fixing rather than the first thing.
 */
final class Problems {

	private Problems() {
	}

	static void assertNone(List<String> problems) {
		if (!problems.isEmpty()) {
			fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
		}
	}

}
