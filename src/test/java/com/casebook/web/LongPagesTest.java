package com.casebook.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
 * Pages larger than Tomcat's response buffer, on the real server: once the buffer is
 * sent, nothing may need a new session. And query strings only the real server decodes.
 * Tagged {@code browser} because it needs the server on a port, which the browser tests
 * already start (same Spring context).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class) // as @BrowserTest, so both share one context
class LongPagesTest {

	@LocalServerPort
	int port;

	@Test
	void aSearchPageForALongQueryIsRenderedWholeForAClientSignedInWithoutASession() throws IOException {
		String credentials = Base64.getEncoder().encodeToString("reader:demo".getBytes(StandardCharsets.UTF_8));
		String answer = RawHttp.get(this.port, "/search?q=" + "x".repeat(3000), "Host: localhost",
				"Authorization: Basic " + credentials);
		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(answer).contains("</html>");
	}

	@Test
	void aQueryStringThatIsNotUtf8IsABadRequestInTheLanguageOfThePerson() throws IOException {
		String credentials = Base64.getEncoder().encodeToString("reader:demo".getBytes(StandardCharsets.UTF_8));
		for (String path : new String[] { "/scenarios?channel=1&junk=%ff", "/search?q=%E6%8E%92&junk=%ff" }) {
			String answer = RawHttp.get(this.port, path, "Host: localhost", "Accept-Language: en",
					"Authorization: Basic " + credentials);
			assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("Casebook could not read this request");
		}
	}

}
