package org.psychodynamiclibrary.content;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Checks links written in Markdown that point inside the site, so a renamed article cannot leave a dead link.
 */
final class InternalLinks {

	private static final Set<String> PAGES = Set.of("/", "/topics", "/sources", "/help", "/about", "/search",
			"/glossary");

	private final Set<String> topicSlugs;

	private final Set<String> articleSlugs;

	private final Set<String> sourceKeys;

	private final Set<String> termSlugs;

	InternalLinks(Collection<String> topicSlugs, Collection<String> articleSlugs, Collection<String> sourceKeys,
			Collection<String> termSlugs) {
		this.topicSlugs = Set.copyOf(topicSlugs);
		this.articleSlugs = Set.copyOf(articleSlugs);
		this.sourceKeys = Set.copyOf(sourceKeys);
		this.termSlugs = Set.copyOf(termSlugs);
	}

	boolean isArticle(String slug) {
		return this.articleSlugs.contains(slug);
	}

	Set<String> articleSlugs() {
		return this.articleSlugs;
	}

	/** A problem description for a broken internal link, or empty when the link is fine or external. */
	Optional<String> check(String url) {
		if (url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z+.-]*:.*") || url.startsWith("//")) {
			return Optional.empty();
		}
		if (!url.startsWith("/")) {
			return Optional.of("relative link '" + url + "': write site links from the root, e.g. /articles/" + url);
		}
		String path = url.replaceAll("[#?].*$", "");
		if (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (PAGES.contains(path)) {
			return Optional.empty();
		}
		if (path.startsWith("/articles/")) {
			return known("article", path.substring("/articles/".length()), this.articleSlugs);
		}
		if (path.startsWith("/topics/")) {
			return known("topic", path.substring("/topics/".length()), this.topicSlugs);
		}
		if (path.startsWith("/sources/")) {
			return known("source", path.substring("/sources/".length()), this.sourceKeys);
		}
		if (path.startsWith("/glossary/")) {
			return known("glossary term", path.substring("/glossary/".length()), this.termSlugs);
		}
		if (path.startsWith("/css/") || path.startsWith("/js/")) {
			return Optional.empty();
		}
		return Optional.of("broken link '" + url + "': no such page; link to /articles/<slug>, /topics/<slug>,"
				+ " /sources/<key> or /glossary/<slug>");
	}

	private Optional<String> known(String kind, String slug, Set<String> slugs) {
		if (slugs.contains(slug)) {
			return Optional.empty();
		}
		return Optional.of("broken link: no " + kind + " '" + slug + "'" + Suggestions.didYouMean(slug, slugs));
	}

}
