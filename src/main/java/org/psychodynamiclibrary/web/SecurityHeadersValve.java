package org.psychodynamiclibrary.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Sets the browser-hardening headers on every response. It is a Tomcat valve at the head of the engine's
 * pipeline rather than a servlet filter, because requests Tomcat refuses before any filter runs (raw
 * {@code <} or {@code "} in the request line, encoded slashes, traversal out of the root) still pass through
 * it, so their {@code 400} carries the headers too; pages, cached pages, assets, error pages and 405s do as a
 * matter of course. The pages need no script and no inline style, so the policy allows neither.
 */
final class SecurityHeadersValve extends ValveBase {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

	private final boolean servedOverHttps;

	SecurityHeadersValve(boolean servedOverHttps) {
		super(true);
		this.servedOverHttps = servedOverHttps;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		if (this.servedOverHttps) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
		getNext().invoke(request, response);
	}

}
