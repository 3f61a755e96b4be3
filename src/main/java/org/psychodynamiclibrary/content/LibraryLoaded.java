package org.psychodynamiclibrary.content;

/**
 * Published once the content has been read and found valid, before the server takes requests, for what is built
 * from it besides the database: the search index and the navigation. Listeners run on the importer's indexing
 * thread while the library is saved, so they must read only the records.
 */
public record LibraryLoaded(Library library) {
}
