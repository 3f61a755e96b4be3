package org.psychodynamiclibrary.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page held as bytes: the body as rendered, its gzip encoding when that is smaller, and the
 * validators derived from it. Built once per page and content load; never changed.
 *
 * @param contentType the {@code Content-Type} the page was rendered with
 * @param body the identity-encoded body
 * @param gzipped the gzip-encoded body, or {@code null} when compressing does not make it smaller
 * @param etag the strong entity tag of the identity body, quoted; the gzip body's tag is {@link #gzipEtag()}
 * @param lastModified when the content was loaded, in epoch milliseconds rounded down to the second
 */
record CachedPage(String contentType, byte[] body, byte[] gzipped, String etag, long lastModified) {

	private static final int GZIP_WORTH_TRYING = 256;

	static CachedPage of(String contentType, byte[] body, long lastModified) {
		return new CachedPage(contentType, body, gzipIfSmaller(body), '"' + hash(body) + '"',
				lastModified - lastModified % 1000);
	}

	/** The strong tag of the gzip representation: a different representation needs a different strong tag. */
	String gzipEtag() {
		return this.etag.substring(0, this.etag.length() - 1) + "-gz\"";
	}

	/** Approximate memory held, for the cache's budget. */
	long size() {
		return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 128;
	}

	private static String hash(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static byte[] gzipIfSmaller(byte[] body) {
		if (body.length < GZIP_WORTH_TRYING) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (out.size() < body.length) ? out.toByteArray() : null;
	}

}
