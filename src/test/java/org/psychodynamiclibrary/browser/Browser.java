package org.psychodynamiclibrary.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through Debian's chromedriver. Both paths are given explicitly, so Selenium
 * Manager never runs and nothing is downloaded. Each instance has a fresh profile, deleted on close.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

	/** A visible focus indicator, as this suite counts one: an outline or a box shadow. */
	private static final String SHOWS_FOCUS = """
			const showsFocus = (e) => {
				const s = getComputedStyle(e);
				const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
				return outline || (!!s.boxShadow && s.boxShadow !== 'none');
			};
			""";

	/** Where focus is after a key press, in one round trip: outside the page, visibly focused, matching. */
	private static final String FOCUS_STATE = SHOWS_FOCUS + """
			const e = document.activeElement;
			if (!e || e === document.body) return { outside: true };
			return { outside: false, showsFocus: showsFocus(e), matches: e.matches(arguments[0]) };
			""";

	private final ChromeDriver driver;

	private final Path profile;

	private String baseUrl = "";

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Why this machine cannot run the browser tests, or empty when it can. */
	static Optional<String> missing() {
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(executable)) {
				return Optional.of(executable + " is not installed (Debian packages chromium and chromium-driver)");
			}
		}
		return Optional.empty();
	}

	static Browser start(boolean javascript) {
		try {
			Path profile = Files.createTempDirectory("library-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1280,900",
					"--user-data-dir=" + profile);
			if (!javascript) {
				options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void useSite(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Back to a plain desktop window: screen media, light colours, no device emulation. Reduced motion is always
	 * asked for, so the site's smooth scrolling does not move elements while a test clicks on them or measures them.
	 */
	void reset() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
		emulate("", "light");
	}

	Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/** The current address relative to the site: path, and the fragment if there is one. */
	String location() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
	}

	String path() {
		return URI.create(this.driver.getCurrentUrl()).getRawPath();
	}

	String title() {
		return this.driver.getTitle();
	}

	String heading() {
		return find("h1").getText();
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	Optional<WebElement> findFirst(String css) {
		return findAll(css).stream().findFirst();
	}

	WebElement byId(String id) {
		return this.driver.findElement(By.id(id));
	}

	boolean matches(WebElement element, String css) {
		return (Boolean) script("return arguments[0].matches(arguments[1]);", element, css);
	}

	/** Whether the element is, or is inside, the container. */
	boolean within(WebElement element, WebElement container) {
		return (Boolean) script("return arguments[1].contains(arguments[0]);", element, container);
	}

	/**
	 * Presses Tab until the focused element matches the selector, as a keyboard user would, and checks that every
	 * element focused on the way draws a visible focus indicator.
	 * @return the element reached
	 */
	WebElement tabTo(String css) {
		for (int presses = 1; presses <= 300; presses++) {
			tab();
			Map<?, ?> focused = (Map<?, ?>) script(FOCUS_STATE, css);
			if (Boolean.TRUE.equals(focused.get("outside"))) {
				continue; // past the last element, focus leaves the page for the browser's own controls
			}
			if (!Boolean.TRUE.equals(focused.get("showsFocus"))) {
				throw new AssertionError("On " + location() + ", Tab press " + presses + " focused "
						+ describe(activeElement()) + ", which shows no visible focus indicator (outline or box-shadow)");
			}
			if (Boolean.TRUE.equals(focused.get("matches"))) {
				return activeElement();
			}
		}
		throw new AssertionError("On " + location() + ", 300 presses of Tab never reached " + css);
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	WebElement activeElement() {
		return this.driver.switchTo().activeElement();
	}

	/** A short, readable description of an element for failure messages: tag, id, class, href and text. */
	String describe(WebElement element) {
		return (String) script("""
				const e = arguments[0];
				let d = e.tagName.toLowerCase();
				if (e.id) d += '#' + e.id;
				if (e.className && typeof e.className === 'string') d += '.' + e.className.trim().split(/\\s+/).join('.');
				if (e.getAttribute('href')) d += '[href="' + e.getAttribute('href') + '"]';
				const text = (e.innerText || '').trim().replace(/\\s+/g, ' ');
				return d + (text ? ' "' + text.substring(0, 60) + '"' : '');
				""", element);
	}

	void press(CharSequence key) {
		new Actions(this.driver).sendKeys(key).perform();
	}

	void tab() {
		press(Keys.TAB);
	}

	void hover(WebElement element) {
		new Actions(this.driver).moveToElement(element).perform();
	}

	/** Moves the pointer to the page's top-left corner, away from anything with a hover effect. */
	void hoverNothing() {
		new Actions(this.driver).moveToLocation(1, 1).perform();
	}

	/** Whether the focused element draws a focus indicator: an outline or a box shadow. */
	boolean showsFocus(WebElement element) {
		return (Boolean) script(SHOWS_FOCUS + "return showsFocus(arguments[0]);", element);
	}

	/** Whether any part of the element lies inside the visible viewport. */
	boolean inViewport(WebElement element) {
		return (Boolean) script("""
				const r = arguments[0].getBoundingClientRect();
				return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth
					&& (r.width > 0 || r.height > 0);
				""", element);
	}

	/** Whether the element is the target of the address's fragment (what the site highlights with :target). */
	boolean isTarget(WebElement element) {
		return (Boolean) script("return arguments[0].matches(':target');", element);
	}

	WebDriverWait waitUpTo(Duration duration) {
		return new WebDriverWait(this.driver, duration);
	}

	/** Emulates print (or screen) media, in light colours. */
	void emulateMedia(String media) {
		emulate(media, "light");
	}

	/** Emulates a preferred colour scheme ("light" or "dark") on screen. */
	void emulateColourScheme(String scheme) {
		emulate("", scheme);
	}

	private void emulate(String media, String colourScheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("media", media, "features", List.of(Map.of("name", "prefers-color-scheme", "value", colourScheme),
						Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
	}

	void emulatePhone(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
	}

	/** A finger's tap on the middle of an element, as a touch screen sends it (pointer type "touch"). */
	void tap(WebElement element) {
		this.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
		Map<?, ?> centre = (Map<?, ?>) script("""
				const box = arguments[0].getBoundingClientRect();
				return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
				""", element);
		this.driver.executeCdpCommand("Input.synthesizeTapGesture", Map.of("x", ((Number) centre.get("x")).doubleValue(),
				"y", ((Number) centre.get("y")).doubleValue(), "gestureSourceType", "touch"));
	}

	/** Waits up to 3 s for an element to be hidden or removed; fails naming what should have hidden it. */
	void awaitHidden(WebElement element, String after) {
		try {
			waitUpTo(Duration.ofSeconds(3)).until((driver) -> {
				try {
					return !element.isDisplayed();
				}
				catch (StaleElementReferenceException removed) {
					return true;
				}
			});
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The preview was still visible 3 s after " + after);
		}
	}

	/** Saves what the browser shows now as {@code target/screenshots/<name>.png} for people to look at. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

}
