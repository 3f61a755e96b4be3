package org.psychodynamiclibrary.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives the shared headless Chromium against the running site; test methods take a
 * {@link Browser} parameter. Skipped, with the reason, where Chromium is not installed, unless {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RunningSite
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {

}
