package org.psychodynamiclibrary.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersValveUnitTests {

	@Test
	void hstsIsSentOnlyWhenTheSiteIsServedOverHttps() throws Exception {
		assertThat(headersFrom(new SecurityHeadersValve(true)).getHeader("Strict-Transport-Security"))
			.isEqualTo("max-age=31536000");
		assertThat(headersFrom(new SecurityHeadersValve(false)).getHeader("Strict-Transport-Security")).isNull();
	}

	private static Response headersFrom(SecurityHeadersValve valve) throws Exception {
		Response response = new Response(new org.apache.coyote.Response());
		valve.setNext(new ValveBase() {
			@Override
			public void invoke(Request request, Response next) {
			}
		});
		valve.invoke(null, response);
		return response;
	}

}
