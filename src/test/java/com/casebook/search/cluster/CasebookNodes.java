package com.casebook.search.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.casebook.CasebookApplication;
import com.casebook.TestFixtures;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Casebook nodes for the {@code *ClusterIT} tests: the whole application with the test
 * profile and its own web server on a free port, all on the one embedded PostgreSQL of
 * {@code target/test-data/cluster} and the test {@link OpenSearchCluster}, under their
 * own index names.
 */
final class CasebookNodes {

	private CasebookNodes() {
	}

	static ConfigurableApplicationContext start(String name, String... settings) {
		String dataDir = System.getProperty("casebook.data-dir", "target/test-data/opensearch") + "-cluster";
		List<String> args = new ArrayList<>(List.of("--casebook.search.uris=" + OpenSearchCluster.uri(),
				"--casebook.data-dir=" + dataDir, "--casebook.search.index-prefix=cluster-", "--server.port=0",
				"--spring.application.name=casebook-" + name));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		// command-line arguments: they win over application.yml and the test profile
		return new SpringApplicationBuilder(CasebookApplication.class, TestFixtures.class).profiles("test")
			.run(args.toArray(String[]::new));
	}

	static void stop(ConfigurableApplicationContext node) {
		if (node != null && node.isActive()) {
			node.close();
		}
	}

	/**
	 * Milliseconds until {@code condition} held, asked every {@code every} from now, or
	 * -1 if it did not within {@code within}.
	 */
	static long millisUntil(BooleanSupplier condition, Duration within, Duration every) {
		long started = System.nanoTime();
		while (System.nanoTime() - started < within.toNanos()) {
			if (condition.getAsBoolean()) {
				return (System.nanoTime() - started) / 1_000_000;
			}
			try {
				Thread.sleep(every.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return -1;
	}

	/**
	 * The words followed by a run of letters no text holds: a figure would not do, as the
	 * search's fallback to "most of the words" finds a number such as 93 in the demo's
	 * "93%".
	 */
	static String unique(String words) {
		StringBuilder letters = new StringBuilder();
		String.valueOf(System.nanoTime() % 1_000_000)
			.chars()
			.forEach(digit -> letters.append((char) ('q' + digit - '0')));
		return words + letters;
	}

}
