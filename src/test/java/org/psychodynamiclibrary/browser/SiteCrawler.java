package org.psychodynamiclibrary.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every page of the site that a reader can reach from the home page by following links, fetched over HTTP
 * without following redirects. One crawl per running site, shared by the tests that need it.
 */
final class SiteCrawler {

	/** A page that is not linked from anywhere but must exist: the page a mistyped address shows. */
	static final String MISTYPED_ADDRESS = "/articles/no-such-article-here";

	private static final int MAX_PAGES = 1000;

	private static final Map<String, Site> CRAWLS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private SiteCrawler() {
	}

	static Site crawl(String baseUrl) {
		return CRAWLS.computeIfAbsent(baseUrl, SiteCrawler::crawlFrom);
	}

	/** Fetches an address as a browser would, without following redirects. */
	static HttpResponse<String> get(URI uri) {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8") // as a browser asks
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GET " + uri + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while fetching " + uri, ex);
		}
	}

	private static Site crawlFrom(String baseUrl) {
		URI home = URI.create(baseUrl + "/");
		Map<URI, Page> pages = new LinkedHashMap<>();
		List<Link> links = new ArrayList<>();
		Deque<URI> queue = new ArrayDeque<>(List.of(home, home.resolve(MISTYPED_ADDRESS)));
		while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
			URI uri = queue.removeFirst();
			if (pages.containsKey(uri)) {
				continue;
			}
			HttpResponse<String> response = get(uri);
			Page page = new Page(uri, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
			pages.put(uri, page);
			if (!page.isHtml()) {
				continue;
			}
			for (Link link : linksOn(page)) {
				links.add(link);
				if (sameOrigin(home, link.to()) && !pages.containsKey(link.page())) {
					queue.addLast(link.page());
				}
			}
		}
		return new Site(home, List.copyOf(pages.values()), List.copyOf(links));
	}

	private static List<Link> linksOn(Page page) {
		List<Link> links = new ArrayList<>();
		Document document = page.document();
		for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
			String attribute = element.hasAttr("href") ? "href" : "src";
			if (element.tagName().equals("link") && !element.attr("rel").matches("(?i).*\\b(stylesheet|icon)\\b.*")) {
				continue;
			}
			String raw = element.attr(attribute);
			String absolute = element.absUrl(attribute);
			if (absolute.isEmpty() || !absolute.startsWith("http")) {
				continue;
			}
			links.add(new Link(page.uri(), raw, URI.create(absolute)));
		}
		return links;
	}

	private static boolean sameOrigin(URI a, URI b) {
		return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
				&& a.getPort() == b.getPort();
	}

	/** What a crawl found: every page fetched (HTML or not) and every link on the HTML ones. */
	record Site(URI home, List<Page> pages, List<Link> links) {

		List<Page> htmlPages() {
			return this.pages.stream().filter(Page::isHtml).toList();
		}

		Optional<Page> page(URI uri) {
			return this.pages.stream().filter((page) -> page.uri().equals(uri)).findFirst();
		}

		List<Link> internalLinks() {
			return this.links.stream().filter((link) -> sameOrigin(this.home, link.to())).toList();
		}

		/** 404 for the mistyped address the crawl starts from; 200 for everything a link leads to. */
		int expectedStatus(Page page) {
			return page.uri().getPath().equals(MISTYPED_ADDRESS) ? 404 : 200;
		}

		/** A page's address as the site writes it, for failure messages. */
		String name(URI uri) {
			return this.home.relativize(uri).toString().isEmpty() ? "/" : "/" + this.home.relativize(uri);
		}

	}

	record Page(URI uri, int status, String contentType, String body) {

		boolean isHtml() {
			return this.contentType.startsWith("text/html");
		}

		Document document() {
			return Jsoup.parse(this.body, this.uri.toString());
		}

	}

	/** A link as written ({@code href}) on the page it was found on, and where it leads. */
	record Link(URI from, String href, URI to) {

		/** The page the link leads to, without its fragment. */
		URI page() {
			return URI.create(this.to.toString().replaceFirst("#.*$", ""));
		}

		Optional<String> fragment() {
			return Optional.ofNullable(this.to.getFragment()).filter((fragment) -> !fragment.isEmpty());
		}

	}

}
