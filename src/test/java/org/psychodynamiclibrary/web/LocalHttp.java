package org.psychodynamiclibrary.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Real HTTP/1.1 requests to the application on its random port, so Tomcat's own URL handling and the servlet
 * filters run as they do in production. The JDK client leaves {@code Content-Encoding} alone, so gzip bodies
 * arrive compressed.
 */
final class LocalHttp {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	LocalHttp(int port) {
		this.port = port;
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	/**
	 * A GET whose target is sent byte for byte as given, over a plain socket, for request lines no HTTP client
	 * would send. Returns the whole response: status line, headers and body.
	 */
	String rawGet(String target) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GET " + target, ex);
		}
	}

	HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
		return send("GET", pathAndQuery, headers);
	}

	HttpResponse<byte[]> send(String method, String pathAndQuery, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + pathAndQuery, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
