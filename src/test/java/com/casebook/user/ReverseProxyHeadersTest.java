package com.casebook.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.casebook.TestFixtures;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Tomcat behind a TLS reverse proxy on the same host: what the proxy forwards
 * decides cookies, HSTS and redirects, and a forged {@code Host} never reaches a
 * {@code Location}. Tagged {@code browser} because it needs the server on a port, which
 * the browser tests already start (same Spring context).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class) // as @BrowserTest, so both share one context
class ReverseProxyHeadersTest {

	@LocalServerPort
	int port;

	/**
	 * A raw request, so the Host and forwarded headers are exactly what a client sent.
	 */
	String exchange(String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			String text = answer.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			return end < 0 ? text : text.substring(0, end);
		}
	}

	@Test
	void aForgedHostHeaderNeverReachesTheLocationHeader() throws IOException {
		String head = exchange("/scenarios", "Host: evil.example", "Accept: text/html");
		assertThat(head).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndPagesSendHsts() throws IOException {
		String head = exchange("/login", "Host: casebook.example.com", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.9");
		assertThat(head).startsWith("HTTP/1.1 200");
		assertThat(head).containsPattern("(?i)Set-Cookie: JSESSIONID=[^\\r\\n]*; Secure");
		assertThat(head).containsIgnoringCase("Strict-Transport-Security: max-age=");
		assertThat(head).contains("Permissions-Policy: camera=()");
	}

	@Test
	void plainHttpWithoutAProxyGetsNeitherSecureCookiesNorHsts() throws IOException {
		String head = exchange("/login", "Host: localhost");
		assertThat(head).startsWith("HTTP/1.1 200");
		assertThat(head).containsIgnoringCase("Set-Cookie: JSESSIONID=").doesNotContainIgnoringCase("Secure");
		assertThat(head).doesNotContainIgnoringCase("Strict-Transport-Security");
	}

}
