package com.casebook.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the classpath, with its data kept in a
 * directory across restarts.
 * <p>
 * We drive {@code initdb} and {@code pg_ctl} ourselves rather than through zonky's launcher
 * because PostgreSQL refuses to run as root, and our CI and many containers run as root: when
 * the JVM is root, the server runs as the unprivileged {@code nobody} account instead. Doing it
 * ourselves also lets us keep commits durable ({@code synchronous_commit=on}) and recover the
 * data directory after the application was killed.
 * <p>
 * One server per data directory per JVM: the test contexts of one run share it.
 */
public final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	static final String DATABASE = "casebook";

	static final String USER = "postgres";

	private final Path dataDirectory;

	private final PostgresBinaries binaries;

	private final ProcessRunner runner;

	private final int port;

	private EmbeddedPostgres(Path dataDirectory, PostgresBinaries binaries, int port) {
		this.dataDirectory = dataDirectory;
		this.binaries = binaries;
		this.runner = new ProcessRunner(ProcessRunner.runningAsRoot());
		this.port = port;
	}

	/**
	 * The server for this data directory, started if this JVM has not started it yet.
	 */
	public static EmbeddedPostgres startOrReuse(Path dataDirectory, int port) {
		return startOrReuse(dataDirectory, port, false);
	}

	/**
	 * As {@link #startOrReuse(Path, int)}; with {@code fresh}, the data directory is emptied
	 * first (for test runs, which must not see an earlier run's data).
	 */
	public static EmbeddedPostgres startOrReuse(Path dataDirectory, int port, boolean fresh) {
		Path key = dataDirectory.toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(key, dir -> {
			EmbeddedPostgres server = new EmbeddedPostgres(dir, PostgresBinaries.extracted(),
					port > 0 ? port : freePort());
			if (fresh) {
				server.wipe();
			}
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
			return server;
		});
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + DATABASE;
	}

	public String username() {
		return USER;
	}

	private void start() {
		long started = System.nanoTime();
		try {
			Files.createDirectories(this.dataDirectory);
			this.runner.handOver(this.dataDirectory);
			if (!Files.exists(this.dataDirectory.resolve("PG_VERSION"))) {
				initdb();
			}
			new StalePidFile(this.dataDirectory, this::pgCtlStop).recover();
			this.runner.run(List.of(this.binaries.bin("pg_ctl").toString(), "-D", this.dataDirectory.toString(),
					"-l", this.dataDirectory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
					serverOptions(), "start"), Duration.ofSeconds(90));
			createDatabaseIfMissing();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + this.dataDirectory, ex);
		}
		log.info("Embedded PostgreSQL {} listening on 127.0.0.1:{} with data in {} (started in {} ms)",
				this.binaries.version(), this.port, this.dataDirectory,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	private String serverOptions() {
		// unix sockets off: we connect over loopback TCP only, and the default socket folder may
		// not be writable by the server account
		return String.join(" ", "-p " + this.port, "-c listen_addresses=127.0.0.1", "-c unix_socket_directories=''",
				"-c synchronous_commit=on", "-c fsync=on", "-c max_connections=100", "-c shared_buffers=128MB");
	}

	private void wipe() {
		try {
			if (Files.exists(this.dataDirectory.resolve("postmaster.pid"))) {
				new StalePidFile(this.dataDirectory, this::pgCtlStop).recover();
			}
			if (Files.exists(this.dataDirectory)) {
				try (var paths = Files.walk(this.dataDirectory)) {
					for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not empty " + this.dataDirectory, ex);
		}
	}

	void stopForTests() {
		stop();
	}

	private void initdb() throws IOException {
		log.info("Creating a new PostgreSQL data directory in {}", this.dataDirectory);
		this.runner.run(List.of(this.binaries.bin("initdb").toString(), "-A", "trust", "-U", USER, "-D",
				this.dataDirectory.toString(), "-E", "UTF-8", "--no-locale"), Duration.ofSeconds(120));
	}

	private void createDatabaseIfMissing() {
		String url = "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, USER, "")) {
			try (var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				statement.setString(1, DATABASE);
				if (statement.executeQuery().next()) {
					return;
				}
			}
			try (var statement = connection.createStatement()) {
				statement.execute("create database " + DATABASE + " encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + DATABASE + "'", ex);
		}
	}

	private void stop() {
		try {
			pgCtlStop();
			RUNNING.remove(this.dataDirectory);
		}
		catch (RuntimeException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: {}", ex.getMessage());
		}
	}

	private void pgCtlStop() {
		try {
			this.runner.run(List.of(this.binaries.bin("pg_ctl").toString(), "-D", this.dataDirectory.toString(),
					"-m", "fast", "-w", "-t", "60", "stop"), Duration.ofSeconds(90));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs the PostgreSQL programs, as {@code nobody} when the JVM is root.
	 */
	static final class ProcessRunner {

		private static final String UNPRIVILEGED_UID = "65534";

		private final boolean asRoot;

		ProcessRunner(boolean asRoot) {
			this.asRoot = asRoot;
		}

		static boolean runningAsRoot() {
			try {
				return "0".equals(new ProcessBuilder("id", "-u").start().inputReader().readLine());
			}
			catch (IOException ex) {
				return false;
			}
		}

		/** Makes the data directory owned by the server account (PostgreSQL insists on it). */
		void handOver(Path path) throws IOException {
			if (this.asRoot && !Files.getOwner(path).getName().equals("nobody")) {
				run(List.of("chown", "-R", UNPRIVILEGED_UID + ":" + UNPRIVILEGED_UID, path.toString()),
						Duration.ofSeconds(60));
			}
		}

		String run(List<String> command, Duration timeout) throws IOException {
			List<String> full = new ArrayList<>();
			boolean isChown = command.get(0).equals("chown");
			if (this.asRoot && !isChown) {
				full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_UID, "--regid=" + UNPRIVILEGED_UID,
						"--clear-groups"));
			}
			full.addAll(command);
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			String output;
			try (InputStream in = process.getInputStream()) {
				boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
				if (!finished) {
					process.destroyForcibly();
					throw new IOException("Timed out: " + String.join(" ", command));
				}
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted: " + String.join(" ", command), ex);
			}
			if (process.exitValue() != 0) {
				throw new IOException("Failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n"
						+ output);
			}
			return output;
		}

	}

	/**
	 * A {@code postmaster.pid} left behind when the application was killed. A server still
	 * running from a killed application (its parent gone) is stopped; a pid file naming no
	 * running PostgreSQL is removed; a server owned by another live application is left alone
	 * and reported.
	 */
	record StalePidFile(Path dataDirectory, Runnable stopServer) {

		void recover() throws IOException {
			Path pidFile = this.dataDirectory.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return;
			}
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
			boolean isPostgres = process.flatMap(p -> p.info().command()).map(c -> c.endsWith("postgres")).orElse(false);
			if (!isPostgres) {
				log.warn("Removing a stale postmaster.pid (pid {} is not running PostgreSQL)", pid);
				Files.delete(pidFile);
				return;
			}
			boolean orphaned = process.flatMap(ProcessHandle::parent)
				.map(parent -> parent.pid() == 1 || parent.info().command().map(c -> !c.contains("java")).orElse(true))
				.orElse(true);
			if (!orphaned) {
				throw new IllegalStateException("The data directory " + this.dataDirectory
						+ " is in use by another running Casebook (PostgreSQL pid " + pid
						+ "). Stop it first, or point casebook.data-dir elsewhere.");
			}
			log.warn("Stopping PostgreSQL pid {} left running by an application that was killed", pid);
			this.stopServer.run();
		}

	}

}
