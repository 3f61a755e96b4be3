package org.psychodynamiclibrary.web;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages by URL, within a memory budget. Reads take no lock; when a new page would exceed the
 * budget the oldest pages are dropped first, so however many distinct URLs are requested the cache never
 * holds more than {@code maxBytes}.
 */
final class PageCache {

	private final long maxBytes;

	private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();

	private final Queue<String> oldestFirst = new ArrayDeque<>();

	private long bytes;

	PageCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	CachedPage get(String key) {
		return this.pages.get(key);
	}

	synchronized void put(String key, CachedPage page) {
		if (page.size() > this.maxBytes) {
			return;
		}
		CachedPage previous = this.pages.put(key, page);
		if (previous != null) {
			this.bytes -= previous.size();
		}
		else {
			this.oldestFirst.add(key);
		}
		this.bytes += page.size();
		while (this.bytes > this.maxBytes) {
			this.bytes -= this.pages.remove(this.oldestFirst.remove()).size();
		}
	}

	int count() {
		return this.pages.size();
	}

	synchronized long bytes() {
		return this.bytes;
	}

}
