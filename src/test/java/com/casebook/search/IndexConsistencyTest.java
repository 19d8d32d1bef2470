package com.casebook.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the application with {@code kill -9} right after a transaction committed in
 * PostgreSQL and before its index change reached Lucene (see {@link IndexCrashChild}),
 * starts it again on the same data directory and on-disk index, and compares the index
 * with the database. Also stops it at the moment a clean exit once crashed the JVM.
 */
class IndexConsistencyTest {

	static final List<String> WORDS = List.of("apple", "banana", "cherry", "damson", "elder", "fig", "grape", "hazel",
			"iris", "juniper", "kiwi", "lemon", "mango", "nectarine", "olive", "papaya", "quince", "raspberry",
			"sorrel", "tamarind", "ugli");

	private static final Path DATA = Path.of("target", "test-data", "index-consistency").toAbsolutePath();

	/**
	 * Generous: a cold start of the whole application takes seconds alone, minutes on a
	 * busy machine.
	 */
	private static final long PATIENCE_SECONDS = 300;

	private final List<Child> children = new ArrayList<>();

	@BeforeEach
	void startWithoutAnIndex() throws IOException {
		Path index = DATA.resolve("index");
		if (Files.exists(index)) {
			try (Stream<Path> files = Files.walk(index)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@AfterEach
	void killWhatIsLeft() {
		this.children.forEach(Child::kill);
	}

	@Test
	void theScenarioCommittedWhenAnImportIsKilledIsIndexedAfterTheRestart() {
		// one line per transaction, so that the kill falls between two committed lines
		Child importing = start("import", "40", "25", "--casebook.db.fresh=true", "--casebook.import.batch-size=1");
		importing.await("@@ paused imported 25");
		importing.kill();

		Child restarted = start("verify");
		restarted.awaitExit();
		Map<Long, Long> database = restarted.versions("db");
		assertThat(database).hasSize(25);
		assertThat(restarted.versions("index")).isEqualTo(database);
	}

	@Test
	void theApplicationStoppedWhileTheEmbeddingModelLoadsExitsCleanly() {
		Child stopping = start("stop-while-loading", "--casebook.db.fresh=true");
		stopping.await("@@ loading");
		// the JVM tears ONNX Runtime down as it exits: a session still being created
		// crashed it
		assertThat(stopping.await("@@ worker in native code after its destroy ")).endsWith("false");
		stopping.awaitExit();
	}

	@Test
	void theEditCommittedWhenABurstIsKilledIsWhatSearchFindsAfterTheRestart() {
		Child editing = start("edit", "20", "12", "--casebook.db.fresh=true");
		long id = Long.parseLong(editing.await("@@ scenario ").substring("@@ scenario ".length()));
		editing.await("@@ paused edited 12");
		editing.kill();

		Child restarted = start("verify", WORDS.get(11), WORDS.get(12), WORDS.get(13));
		restarted.awaitExit();
		assertThat(restarted.versions("index")).isEqualTo(restarted.versions("db"));
		assertThat(restarted.lines()).contains("@@ found " + WORDS.get(12) + " [" + id + "]",
				"@@ found " + WORDS.get(11) + " []", "@@ found " + WORDS.get(13) + " []");
	}

	private Child start(String... arguments) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp",
						System.getProperty("java.class.path"), IndexCrashChild.class.getName()));
		command.addAll(List.of(arguments));
		command.addAll(List.of("--casebook.data-dir=" + DATA, "--casebook.demo=false",
				"--casebook.admin-password=" + IndexCrashChild.ADMIN_PASSWORD, "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=warn", "--logging.level.com.casebook=info"));
		Child child = new Child(command);
		this.children.add(child);
		return child;
	}

	/** A child JVM whose output is collected line by line. */
	private static final class Child {

		private final Process process;

		private final List<String> lines = new CopyOnWriteArrayList<>();

		Child(List<String> command) {
			try {
				this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread reader = new Thread(() -> {
				try (BufferedReader output = new BufferedReader(
						new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
					output.lines().forEach(this.lines::add);
				}
				catch (IOException | UncheckedIOException ex) {
					// the process was killed
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		String await(String prefix) {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
			while (System.nanoTime() < deadline) {
				for (String line : this.lines) {
					if (line.startsWith(prefix)) {
						return line;
					}
				}
				if (!this.process.isAlive() && this.lines.stream().noneMatch(line -> line.startsWith(prefix))) {
					throw new AssertionError("The child exited before printing " + prefix + ":\n" + output());
				}
				sleep(20);
			}
			throw new AssertionError("No line starting with " + prefix + ":\n" + output());
		}

		void awaitExit() {
			try {
				boolean exited = this.process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
				sleep(200);
				assertThat(exited && this.process.exitValue() == 0).as(output()).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * {@code kill -9}: no shutdown hook runs, PostgreSQL is orphaned as after a real
		 * crash.
		 */
		void kill() {
			if (this.process.isAlive()) {
				this.process.destroyForcibly();
				try {
					this.process.waitFor(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		List<String> lines() {
			return this.lines;
		}

		Map<Long, Long> versions(String source) {
			Map<Long, Long> versions = new TreeMap<>();
			for (String line : this.lines) {
				String[] parts = line.split(" ");
				if (parts.length == 4 && parts[0].equals("@@") && parts[1].equals(source)) {
					versions.put(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
				}
			}
			return versions;
		}

		private String output() {
			return String.join("\n", this.lines);
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
