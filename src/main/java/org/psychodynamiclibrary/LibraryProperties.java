package org.psychodynamiclibrary;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code library.*}.
 *
 * @param contentDir the folder holding {@code topics/}, {@code articles/} and {@code sources/}
 * @param baseUrl the public address of the site, for canonical links and citations; written without a trailing
 * slash, however it was given
 */
@ConfigurationProperties("library")
public record LibraryProperties(@DefaultValue("content") Path contentDir,
		@DefaultValue(LibraryProperties.DEFAULT_BASE_URL) String baseUrl) {

	public static final String SITE_NAME = "Psychodynamic Therapy Library";

	public static final String DEFAULT_BASE_URL = "http://localhost:8080";

	public LibraryProperties {
		baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** The settings when nothing is configured, for a content folder. */
	public static LibraryProperties defaults(Path contentDir) {
		return new LibraryProperties(contentDir, DEFAULT_BASE_URL);
	}

}
