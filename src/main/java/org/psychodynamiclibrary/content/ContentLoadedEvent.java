package org.psychodynamiclibrary.content;

import java.time.Instant;

import org.psychodynamiclibrary.content.ContentReader.LoadedContent;

/**
 * Published once the content has been read and found valid, before it is saved and before the server takes
 * requests, for anything that builds on it (the search index, the navigation, the page cache's dates).
 *
 * @param content what was loaded
 * @param loadedAt when it was loaded, the last-modified time of every page
 */
public record ContentLoadedEvent(LoadedContent content, Instant loadedAt) {
}
