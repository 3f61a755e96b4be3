package org.psychodynamiclibrary.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How pages are cached and which transport headers are sent ({@code library.*}).
 *
 * @param cacheControl the {@code Cache-Control} value of every cached page, so a CDN or reverse proxy may keep it
 * @param servedOverHttps whether the site is only reached over HTTPS; only then is HSTS sent
 * @param pageCache the bounds of the in-memory page cache
 */
@ConfigurationProperties("library")
record HttpProperties(@DefaultValue("public, max-age=300") String cacheControl,
		@DefaultValue("false") boolean servedOverHttps, @DefaultValue PageCacheProperties pageCache) {

	/**
	 * @param enabled whether rendered pages are kept and served from memory
	 * @param maxSize the memory budget for pages whose URL has no query string (identity and gzip bytes)
	 * @param maxQuerySize the separate, smaller budget for pages with a query string (free-text search), so
	 * arbitrary queries can neither grow the cache nor push the article pages out
	 */
	record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("24MB") DataSize maxSize,
			@DefaultValue("4MB") DataSize maxQuerySize) {
	}

}
