package com.casebook.search.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} (Debian package {@code wrk}) against a URL, so that the load comes
 * from a process of its own rather than from threads competing with the server inside the
 * same JVM, and its RSS is not the server's. A Lua {@code done} hook prints the p50 and
 * p95, which wrk's own summary does not give.
 */
final class Wrk {

	private static final Pattern SUMMARY = Pattern
		.compile("RESULT requests=(\\d+) seconds=([0-9.]+) p50=(\\d+) p95=(\\d+) non2xx=(\\d+) errors=(\\d+)");

	private static final String SCRIPT = """
			done = function(summary, latency, requests)
			  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
			    + summary.errors.timeout
			  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%d p95=%d non2xx=%d errors=%d\\n",
			    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
			    summary.errors.status, errors))
			end
			""";

	private Wrk() {
	}

	static boolean available() {
		return !Boolean.getBoolean("benchmark.no-wrk") && Files.isExecutable(Path.of("/usr/bin/wrk"));
	}

	/**
	 * Requests per second, p50 and p95 in ms of {@code url} under {@code clients}
	 * connections for {@code seconds}, with the given cookie; fails if any answer was not
	 * a 200 or any request failed.
	 */
	static double[] run(String url, String cookie, int clients, int seconds) throws IOException, InterruptedException {
		Path script = Files.createTempFile("wrk", ".lua");
		try {
			Files.writeString(script, SCRIPT);
			List<String> command = new ArrayList<>(List.of("/usr/bin/wrk", "-t2", "-c" + clients, "-d" + seconds + "s",
					"--timeout", "30s", "-s", script.toString()));
			if (!cookie.isEmpty()) {
				command.addAll(List.of("-H", "Cookie: " + cookie));
			}
			command.add(url);
			Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			wrk.waitFor();
			Matcher result = SUMMARY.matcher(output);
			if (!result.find()) {
				throw new IllegalStateException("wrk said: " + output);
			}
			if (Long.parseLong(result.group(5)) > 0 || Long.parseLong(result.group(6)) > 0) {
				throw new IllegalStateException(url + ": " + result.group(5) + " answers of 4xx or 5xx and "
						+ result.group(6) + " failed requests\n" + output);
			}
			double requests = Long.parseLong(result.group(1));
			return new double[] { requests / Double.parseDouble(result.group(2)), Long.parseLong(result.group(3)) / 1e3,
					Long.parseLong(result.group(4)) / 1e3 };
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

}
