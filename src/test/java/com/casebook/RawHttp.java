package com.casebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A GET sent over a plain socket to the test server, so the headers are exactly what a
 * client sent (no Host added, no redirect followed) and the answer is exactly what Tomcat
 * wrote: status line, headers and body as bytes arrived.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** The whole answer to {@code GET path} with {@code headers}. */
	public static String get(int port, String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
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
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	/** The status line and headers of {@code GET path}. */
	public static String head(int port, String path, String... headers) throws IOException {
		String answer = get(port, path, headers);
		int end = answer.indexOf("\r\n\r\n");
		return end < 0 ? answer : answer.substring(0, end);
	}

}
