package org.psychodynamiclibrary.content;

import java.time.Instant;

import org.psychodynamiclibrary.content.ContentReader.LoadedContent;

/**
 * Published once the content has been saved, for anything that builds on it (such as the search index).
 *
 * @param content what was loaded
 * @param loadedAt when it was loaded, the last-modified time of every page
 */
public record ContentLoadedEvent(LoadedContent content, Instant loadedAt) {
}
