package org.psychodynamiclibrary;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code library.*}.
 *
 * @param contentDir the folder holding {@code topics/}, {@code articles/} and {@code sources/}
 * @param baseUrl the public address of the site, used for canonical links and citations
 */
@ConfigurationProperties("library")
public record LibraryProperties(@DefaultValue("content") Path contentDir,
		@DefaultValue("http://localhost:8080") String baseUrl) {
}
