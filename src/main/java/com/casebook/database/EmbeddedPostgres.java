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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the classpath, with its data kept in
 * a directory across restarts.
 * <p>
 * We drive {@code initdb} and {@code pg_ctl} ourselves rather than through zonky's
 * launcher because PostgreSQL refuses to run as root, and our CI and many containers run
 * as root (see {@link ProcessRunner} for what we do then). Doing it ourselves also lets
 * us keep commits durable ({@code synchronous_commit=on}) and recover the data directory
 * after the application was killed.
 * <p>
 * One server per data directory per JVM: the test contexts of one run share it. Each user
 * (a Spring context) {@linkplain #startOrReuse(Path, int) acquires} it and
 * {@linkplain #release() releases} it when it closes; the last release stops the server,
 * after everything that used the database has shut down. A JVM shutdown hook stops a
 * server nobody released, but only after giving the contexts closing in Spring's own hook
 * the time to do it in order.
 */
public final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	/**
	 * Guarded by the class lock, as are {@link #WIPED}, {@link #users} and
	 * {@link #running}.
	 */
	private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

	/**
	 * Data directories this JVM already emptied: starting one again, after its last user
	 * let go, keeps the data.
	 */
	private static final Set<Path> WIPED = new HashSet<>();

	/**
	 * How long the exit safety net waits for the Spring contexts to release the server.
	 */
	private static final Duration EXIT_GRACE = Duration.ofSeconds(20);

	static final String DATABASE = "casebook";

	static final String USER = "postgres";

	private final Path dataDirectory;

	private final PostgresBinaries binaries;

	private final ProcessRunner runner;

	private final int port;

	private final Thread exitSafetyNet = new Thread(this::stopAtExit, "embedded-postgres-stop");

	private int users;

	private boolean running;

	private EmbeddedPostgres(Path dataDirectory, PostgresBinaries binaries, ProcessRunner runner, int port) {
		this.dataDirectory = dataDirectory;
		this.binaries = binaries;
		this.runner = runner;
		this.port = port;
	}

	/**
	 * The server for this data directory, started if this JVM has not started it yet; the
	 * caller must {@link #release()} it.
	 */
	public static EmbeddedPostgres startOrReuse(Path dataDirectory, int port) {
		return startOrReuse(dataDirectory, port, false);
	}

	/**
	 * As {@link #startOrReuse(Path, int)}; with {@code fresh}, the data directory is
	 * emptied first, once per JVM (for test runs, which must not see an earlier run's
	 * data).
	 */
	public static EmbeddedPostgres startOrReuse(Path dataDirectory, int port, boolean fresh) {
		return startOrReuse(dataDirectory, port, fresh, ProcessRunner.forThisJvm());
	}

	static synchronized EmbeddedPostgres startOrReuse(Path dataDirectory, int port, boolean fresh,
			ProcessRunner runner) {
		Path key = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgres server = RUNNING.get(key);
		if (server == null) {
			server = new EmbeddedPostgres(key, PostgresBinaries.extracted(), runner, port > 0 ? port : freePort());
			if (fresh && WIPED.add(key)) {
				server.wipe();
			}
			server.start();
			server.running = true;
			RUNNING.put(key, server);
			Runtime.getRuntime().addShutdownHook(server.exitSafetyNet);
		}
		server.users++;
		return server;
	}

	/**
	 * Gives back what {@link #startOrReuse} handed out; the last user's release stops the
	 * server.
	 */
	public void release() {
		synchronized (EmbeddedPostgres.class) {
			if (this.users == 0) {
				return;
			}
			this.users--;
			if (this.users == 0) {
				stop();
				try {
					Runtime.getRuntime().removeShutdownHook(this.exitSafetyNet);
				}
				catch (IllegalStateException alreadyShuttingDown) {
					// the safety net is running or about to: it will find the server
					// stopped
				}
				EmbeddedPostgres.class.notifyAll();
			}
		}
	}

	boolean isRunning() {
		synchronized (EmbeddedPostgres.class) {
			return this.running;
		}
	}

	/**
	 * At JVM exit Spring's shutdown hook closes the contexts concurrently with this one:
	 * wait for them to release the server, so that it outlives everything that still uses
	 * it, and stop it ourselves only if they do not.
	 */
	private void stopAtExit() {
		synchronized (EmbeddedPostgres.class) {
			long deadline = System.nanoTime() + EXIT_GRACE.toNanos();
			try {
				while (this.running && System.nanoTime() < deadline) {
					EmbeddedPostgres.class
						.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (this.running) {
				log.info("Stopping the embedded PostgreSQL that no application context released");
				stop();
			}
		}
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
			this.runner.checkCanReach(this.binaries.bin("postgres"), this.dataDirectory);
			this.runner.handOver(this.dataDirectory);
			if (!Files.exists(this.dataDirectory.resolve("PG_VERSION"))) {
				initdb();
			}
			new StalePidFile(this.dataDirectory, this::pgCtlStop).recover();
			this.runner.run(List.of(this.binaries.bin("pg_ctl").toString(), "-D", this.dataDirectory.toString(), "-l",
					this.dataDirectory.resolve("server.log").toString(), "-w", "-t", "60", "-o", serverOptions(),
					"start"), Duration.ofSeconds(90));
			createDatabaseIfMissing();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + this.dataDirectory, ex);
		}
		log.info("Embedded PostgreSQL {} listening on 127.0.0.1:{} with data in {} ({}, started in {} ms)",
				this.binaries.version(), this.port, this.dataDirectory, this.runner.account(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	private String serverOptions() {
		// unix sockets off: we connect over loopback TCP only, and the default socket
		// folder may
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
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not empty " + this.dataDirectory, ex);
		}
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

	/** Called with the class lock held. */
	private void stop() {
		this.running = false;
		this.users = 0;
		RUNNING.remove(this.dataDirectory);
		try {
			pgCtlStop();
		}
		catch (RuntimeException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: {}", ex.getMessage());
		}
	}

	private void pgCtlStop() {
		try {
			this.runner.run(List.of(this.binaries.bin("pg_ctl").toString(), "-D", this.dataDirectory.toString(), "-m",
					"fast", "-w", "-t", "60", "stop"), Duration.ofSeconds(90));
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
	 * Runs the PostgreSQL programs, which refuse to run as root. When the JVM is root
	 * they run in a new user namespace ({@code unshare --user}), where they are not uid 0
	 * (they see themselves, and root's files, as the overflow uid) yet still reach and
	 * own root's files, wherever the data lives. Where namespaces are not allowed (some
	 * container runtimes) they run as {@code nobody}, who must then be able to enter the
	 * data folder.
	 */
	static final class ProcessRunner {

		enum Account {

			/** Not root: the programs run as the JVM's own account. */
			OWN("as the current user"),

			/** Root, in a user namespace of its own. */
			USER_NAMESPACE("as root in a user namespace"),

			/** Root, handing the server to the unprivileged account. */
			NOBODY("as nobody");

			private final String description;

			Account(String description) {
				this.description = description;
			}

		}

		private static final String UNPRIVILEGED_UID = "65534";

		private static volatile Account detected;

		private final Account account;

		ProcessRunner(Account account) {
			this.account = account;
		}

		static ProcessRunner forThisJvm() {
			if (detected == null) {
				detected = !runningAsRoot() ? Account.OWN
						: userNamespacesWork() ? Account.USER_NAMESPACE : Account.NOBODY;
			}
			return new ProcessRunner(detected);
		}

		static boolean runningAsRoot() {
			return "0".equals(firstLineOf("id", "-u"));
		}

		private static boolean userNamespacesWork() {
			String uid = firstLineOf("unshare", "--user", "id", "-u");
			return uid != null && !uid.isBlank() && !"0".equals(uid);
		}

		private static String firstLineOf(String... command) {
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
				String line = process.inputReader().readLine();
				return process.waitFor() == 0 ? line : null;
			}
			catch (IOException ex) {
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

		String account() {
			return this.account.description;
		}

		/**
		 * Fails with the folder and the fix when the server account cannot use the
		 * programs or the data directory (only {@code nobody} can be shut out: the other
		 * accounts own them).
		 */
		void checkCanReach(Path program, Path dataDirectory) throws IOException {
			if (this.account != Account.NOBODY) {
				return;
			}
			if (!nobodyCan("-x", program)) {
				throw new EmbeddedPostgresUnreachableException(program.getParent(),
						"start Java with -Djava.io.tmpdir set to a folder every account can enter, where the PostgreSQL programs are unpacked");
			}
			Path parent = dataDirectory.getParent();
			if (parent != null && !nobodyCan("-x", parent)) {
				throw new EmbeddedPostgresUnreachableException(dataDirectory,
						"set CASEBOOK_DATA_DIR to a folder every account can enter (for example /var/lib/casebook)");
			}
		}

		private boolean nobodyCan(String test, Path path) throws IOException {
			Process process = new ProcessBuilder(asNobody(List.of("test", test, path.toString()))).start();
			try {
				return process.waitFor() == 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while checking " + path, ex);
			}
		}

		/**
		 * Makes the data directory owned by the server's account (PostgreSQL insists on
		 * it): root's own in a user namespace (a directory an earlier version handed to
		 * {@code nobody} comes back), {@code nobody}'s otherwise.
		 */
		void handOver(Path path) throws IOException {
			String owner = switch (this.account) {
				case OWN -> null;
				case USER_NAMESPACE -> "0";
				case NOBODY -> UNPRIVILEGED_UID;
			};
			if (owner != null && !owner.equals(String.valueOf(Files.getAttribute(path, "unix:uid")))) {
				execute(List.of("chown", "-R", owner + ":" + owner, path.toString()), Duration.ofSeconds(60));
			}
		}

		String run(List<String> command, Duration timeout) throws IOException {
			return execute(switch (this.account) {
				case OWN -> command;
				case USER_NAMESPACE -> prefixed(List.of("unshare", "--user"), command);
				case NOBODY -> asNobody(command);
			}, timeout);
		}

		private static List<String> asNobody(List<String> command) {
			return prefixed(
					List.of("setpriv", "--reuid=" + UNPRIVILEGED_UID, "--regid=" + UNPRIVILEGED_UID, "--clear-groups"),
					command);
		}

		private static List<String> prefixed(List<String> prefix, List<String> command) {
			List<String> full = new ArrayList<>(prefix);
			full.addAll(command);
			return full;
		}

		private static String execute(List<String> command, Duration timeout) throws IOException {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
				throw new IOException(
						"Failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
			}
			return output;
		}

	}

	/**
	 * A {@code postmaster.pid} left behind when the application was killed. A server
	 * still running from a killed application (its parent gone) is stopped; a pid file
	 * naming no running PostgreSQL is removed; a server owned by another live application
	 * is left alone and reported.
	 */
	record StalePidFile(Path dataDirectory, Runnable stopServer) {

		void recover() throws IOException {
			Path pidFile = this.dataDirectory.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return;
			}
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
			boolean isPostgres = process.flatMap(p -> p.info().command())
				.map(c -> c.endsWith("postgres"))
				.orElse(false);
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
