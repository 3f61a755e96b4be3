package org.psychodynamiclibrary.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static assets under {@code classpath:/static/} are served with a content hash in their names
 * ({@code /css/site.css} is linked as {@code /css/site-<md5>.css} by Thymeleaf's {@code @{...}} through the
 * resource URL encoding filter that {@code spring.web.resources.chain.enabled} turns on), so they can be cached
 * for a year and marked {@code immutable}: a changed file gets a new URL.
 *
 * <p>Ordered before Boot's own configurer, which then leaves {@code /**} to this handler.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssetConfiguration implements WebMvcConfigurer {

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
