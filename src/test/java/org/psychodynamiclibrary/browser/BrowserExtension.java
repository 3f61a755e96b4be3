package org.psychodynamiclibrary.browser;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands browser tests the shared browsers: one with JavaScript, and one with JavaScript disabled for parameters
 * marked {@link JavaScriptDisabled}. Each starts on first use and quits when the whole test run ends. Where Chromium
 * is missing the tests are skipped with the reason; with {@code CI=true} they run and fail instead, so CI cannot
 * pass without them.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

	private static final AtomicBoolean WARNED = new AtomicBoolean();

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<String> missing = Browser.missing();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium is installed");
		}
		if (onCi()) {
			return ConditionEvaluationResult.enabled("CI=true: browser tests must run, and fail, without Chromium");
		}
		String reason = "Browser tests skipped: " + missing.get()
				+ ". Install them to run these tests; with CI=true a missing browser fails the build.";
		if (!WARNED.getAndSet(true)) {
			System.err.println("WARNING: " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Browser.missing().ifPresent((missing) -> {
			throw new ParameterResolutionException("CI=true and the browser tests cannot run: " + missing);
		});
		boolean javascript = !parameter.isAnnotated(JavaScriptDisabled.class);
		Browser browser = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(javascript ? "javascript" : "no-javascript", (key) -> Browser.start(javascript),
					Browser.class);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		browser.useSite("http://localhost:" + port);
		browser.reset();
		return browser;
	}

}
