package org.psychodynamiclibrary.content;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.psychodynamiclibrary.LibraryProperties;
import org.psychodynamiclibrary.content.ContentReader.LoadedContent;
import org.psychodynamiclibrary.source.CitationFormatter;

/**
 * Reading the content folder, started on a background thread as soon as the settings are known. Reading is
 * the slow part of start-up (Markdown, citation styles), and it needs nothing from Spring, so it overlaps with
 * the rest of start-up on the machine's other core. The importer waits for the result.
 */
public final class ContentReading {

	private final CompletableFuture<Result> result;

	private ContentReading(CompletableFuture<Result> result) {
		this.result = result;
	}

	public static ContentReading start(LibraryProperties properties) {
		Path root = properties.contentDir().toAbsolutePath().normalize();
		CompletableFuture<Result> result = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try {
				result.complete(read(root, properties.baseUrl()));
			}
			catch (Throwable ex) {
				result.completeExceptionally(ex);
			}
		}, "content-reader");
		reader.setDaemon(true);
		reader.start();
		return new ContentReading(result);
	}

	static Result read(Path root, String baseUrl) {
		long started = System.nanoTime();
		ContentReader reader = new ContentReader(new MarkdownRenderer(), new CitationFormatter(), baseUrl);
		LoadedContent content = reader.read(root);
		return new Result(root, content, reader.report(), (System.nanoTime() - started) / 1_000_000);
	}

	/** Waits for the reading to finish. */
	public Result join() {
		return join(this.result);
	}

	/** Waits for a start-up task, throwing what it threw (not wrapped) so failure analysis sees the cause. */
	static <T> T join(CompletableFuture<T> task) {
		try {
			return task.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/** What was read, the problems found, and how long it took. */
	public record Result(Path root, LoadedContent content, ContentReport report, long millis) {
	}

}
