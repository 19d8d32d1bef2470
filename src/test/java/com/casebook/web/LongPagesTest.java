package com.casebook.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
 * sent, nothing may need a new session. Tagged {@code browser} because it needs the
 * server on a port, which the browser tests already start (same Spring context).
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
		String answer = exchange("/search?q=" + "x".repeat(3000), "Authorization: Basic " + credentials);
		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(answer).contains("</html>");
	}

	private String exchange(String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");
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
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
