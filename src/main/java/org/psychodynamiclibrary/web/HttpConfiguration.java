package org.psychodynamiclibrary.web;

import java.time.Instant;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What stands in front of the site: the security headers valve in Tomcat, then the filters, outermost first: the
 * page cache (so a cached page skips everything else, Boot's own filters included), the GET/HEAD-only rule, and
 * the refusal of undecodable queries and direct requests for the error page. The cache may come first because it
 * only keeps {@code 200} pages, which the other two filters had let through.
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> securityHeadersValve(HttpProperties properties) {
		return (tomcat) -> tomcat.addEngineValves(new SecurityHeadersValve(properties.servedOverHttps()));
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
		FilterRegistrationBean<PageCacheFilter> registration = registration(filter, 0);
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
