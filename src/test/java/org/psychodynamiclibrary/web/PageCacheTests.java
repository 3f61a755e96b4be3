package org.psychodynamiclibrary.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTests {

	@Test
	void neverHoldsMoreThanItsBudgetHoweverManyUrlsAreCached() {
		CachedPage page = CachedPage.of("text/html", new byte[1000], 0);
		PageCache cache = new PageCache(page.size() * 10);
		for (int i = 0; i < 10_000; i++) {
			cache.put("/search?q=" + i, page);
		}
		assertThat(cache.count()).isEqualTo(10);
		assertThat(cache.bytes()).isLessThanOrEqualTo(page.size() * 10);
		assertThat(cache.get("/search?q=9999")).isSameAs(page);
		assertThat(cache.get("/search?q=0")).isNull();
	}

	@Test
	void replacingAPageDoesNotCountItTwice() {
		CachedPage page = CachedPage.of("text/html", new byte[1000], 0);
		PageCache cache = new PageCache(page.size() * 2);
		cache.put("/a", page);
		cache.put("/a", page);
		cache.put("/b", page);
		assertThat(cache.count()).isEqualTo(2);
		assertThat(cache.get("/a")).isSameAs(page);
	}

	@Test
	void aPageLargerThanTheBudgetIsNotKept() {
		PageCache cache = new PageCache(100);
		cache.put("/huge", CachedPage.of("text/html", new byte[1000], 0));
		assertThat(cache.count()).isZero();
	}

	@Test
	void gzipIsKeptOnlyWhenItIsSmallerAndTagsDifferPerRepresentation() {
		CachedPage compressible = CachedPage.of("text/html", "<p>same words </p>".repeat(100).getBytes(), 1_234_567);
		assertThat(compressible.gzipped()).isNotNull().hasSizeLessThan(compressible.body().length);
		assertThat(compressible.gzipEtag()).isNotEqualTo(compressible.etag());
		assertThat(compressible.lastModified()).isEqualTo(1_234_000);
		byte[] random = new byte[2000];
		new java.util.Random(1).nextBytes(random);
		assertThat(CachedPage.of("text/html", random, 0).gzipped()).isNull();
		assertThat(CachedPage.of("text/html", new byte[10], 0).gzipped()).isNull();
	}

	@Test
	void theEtagIsAHashOfTheBody() {
		assertThat(CachedPage.of("text/html", "a".getBytes(), 0).etag())
			.isEqualTo(CachedPage.of("text/html", "a".getBytes(), 5000).etag())
			.isNotEqualTo(CachedPage.of("text/html", "b".getBytes(), 0).etag());
	}

}
