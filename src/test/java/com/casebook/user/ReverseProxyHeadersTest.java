package com.casebook.user;

import java.io.IOException;

import com.casebook.RawHttp;
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

	String exchange(String path, String... headers) throws IOException {
		return RawHttp.head(this.port, path, headers);
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
