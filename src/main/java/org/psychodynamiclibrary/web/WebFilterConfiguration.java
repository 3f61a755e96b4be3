package org.psychodynamiclibrary.web;

import java.time.Instant;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters in front of the site, outermost first: security headers (on error dispatches too), the GET/HEAD-only
 * rule, the refusal of undecodable queries and direct requests for the error page, then the page cache, so a cached
 * page skips every other filter.
 */
@Configuration(proxyBeanMethods = false)
class WebFilterConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(HttpProperties properties) {
		FilterRegistrationBean<SecurityHeadersFilter> registration = registration(
				new SecurityHeadersFilter(properties.servedOverHttps()), 0);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ReadOnlyMethodsFilter> readOnlyMethodsFilter() {
		return registration(new ReadOnlyMethodsFilter(), 1);
	}

	@Bean
	FilterRegistrationBean<BadRequestFilter> badRequestFilter(@Value("${server.error.path:/error}") String errorPath) {
		return registration(new BadRequestFilter(errorPath), 2);
	}

	@Bean
	PageCacheFilter pageCacheFilter(HttpProperties properties) {
		HttpProperties.PageCacheProperties cache = properties.pageCache();
		return new PageCacheFilter(new PageCache(cache.maxSize().toBytes()),
				new PageCache(cache.maxQuerySize().toBytes()), new CachedPageWriter(properties.cacheControl()),
				Instant.now().toEpochMilli());
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilterRegistration(PageCacheFilter filter,
			HttpProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = registration(filter, 3);
		registration.setEnabled(properties.pageCache().enabled());
		return registration;
	}

	private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int position) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + position);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
