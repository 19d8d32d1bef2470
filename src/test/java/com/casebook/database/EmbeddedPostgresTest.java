package com.casebook.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import com.casebook.database.EmbeddedPostgres.ProcessRunner;
import com.casebook.database.EmbeddedPostgres.ProcessRunner.Account;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs its own servers in their own directories, apart from the one the Spring tests
 * share.
 */
class EmbeddedPostgresTest {

	private final Path dataDir = Path.of("target", "test-data", "embedded-postgres-test", "pg");

	@Test
	void dataSurvivesARestart() throws SQLException {
		EmbeddedPostgres first = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		execute(first, "drop table if exists note");
		execute(first, "create table note (text varchar(20))");
		execute(first, "insert into note values ('保留')");
		first.release();

		EmbeddedPostgres second = EmbeddedPostgres.startOrReuse(this.dataDir, 0);
		assertThat(query(second, "select text from note")).isEqualTo("保留");
		second.release();
	}

	@Test
	void commitsAreDurable() throws SQLException {
		EmbeddedPostgres server = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		assertThat(query(server, "show synchronous_commit")).isEqualTo("on");
		assertThat(query(server, "show fsync")).isEqualTo("on");
		server.release();
	}

	@Test
	void startsAfterAKilledRunLeftAStalePidFile() throws Exception {
		EmbeddedPostgres server = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		server.release();
		// a pid file naming a process that is not PostgreSQL, as after a crash and pid
		// reuse
		long notPostgres = ProcessHandle.current().pid();
		Files.writeString(this.dataDir.resolve("postmaster.pid"), notPostgres + "\n" + this.dataDir + "\n");

		EmbeddedPostgres restarted = EmbeddedPostgres.startOrReuse(this.dataDir, 0);
		assertThat(query(restarted, "select 'up'")).isEqualTo("up");
		restarted.release();
	}

	/**
	 * A clone in /root or in a {@code mktemp -d} folder, as in containers and CI run as
	 * root.
	 */
	@Test
	void runsWithItsDataInAFolderOnlyItsOwnerCanEnter(@TempDir Path privateFolder) throws Exception {
		Files.setPosixFilePermissions(privateFolder, PosixFilePermissions.fromString("rwx------"));
		EmbeddedPostgres server = EmbeddedPostgres.startOrReuse(privateFolder.resolve("data").resolve("pg"), 0, true);
		try {
			assertThat(query(server, "select 'up'")).isEqualTo("up");
		}
		finally {
			server.release();
		}
	}

	@Test
	void aFreshStartEmptiesTheDataDirectoryOnlyOncePerRun() throws SQLException {
		EmbeddedPostgres first = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		execute(first, "create table if not exists kept (text varchar(20))");
		first.release();

		// as when every test context has closed and a later test class starts a new one
		EmbeddedPostgres again = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		assertThat(query(again, "select count(*) from kept")).isEqualTo("0");
		again.release();
	}

	@Test
	void aSharedServerStopsWhenItsLastUserReleasesIt() throws SQLException {
		EmbeddedPostgres first = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		EmbeddedPostgres second = EmbeddedPostgres.startOrReuse(this.dataDir, 0);
		assertThat(second).isSameAs(first);

		first.release();
		assertThat(query(second, "select 'still up'")).isEqualTo("still up");

		second.release();
		assertThat(second.isRunning()).isFalse();
		assertThatThrownBy(() -> query(second, "select 1")).isInstanceOf(SQLException.class);
	}

	@Test
	void closingOneOfTwoContextsLeavesTheServerToTheOtherAndClosingTheLastStopsIt() throws SQLException {
		AnnotationConfigApplicationContext first = databaseContext();
		AnnotationConfigApplicationContext second = databaseContext();
		EmbeddedPostgres server = second.getBean(EmbeddedPostgres.class);

		first.close();
		try (Connection connection = second.getBean(HikariDataSource.class).getConnection()) {
			assertThat(connection.isValid(5)).isTrue();
		}

		second.close();
		assertThat(server.isRunning()).isFalse();
	}

	@Test
	void asNobodyAFolderItCannotEnterIsReportedWithTheFolderAndTheFix(@TempDir Path privateFolder) throws Exception {
		assumeTrue(ProcessRunner.runningAsRoot(), "only root hands the server to nobody");
		Files.setPosixFilePermissions(privateFolder, PosixFilePermissions.fromString("rwx------"));
		Path data = Files.createDirectories(privateFolder.resolve("data").resolve("pg"));

		assertThatThrownBy(() -> new ProcessRunner(Account.NOBODY)
			.checkCanReach(PostgresBinaries.extracted().bin("postgres"), data))
			.isInstanceOf(EmbeddedPostgresUnreachableException.class)
			.hasMessageContaining(data.toString())
			.hasMessageContaining("CASEBOOK_DATA_DIR")
			.hasMessageNotContaining("\n");
	}

	@Test
	void asNobodyTheServerRunsWhereNobodyCanEnter(@TempDir Path openFolder) throws Exception {
		assumeTrue(ProcessRunner.runningAsRoot(), "only root hands the server to nobody");
		Files.setPosixFilePermissions(openFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
		EmbeddedPostgres server = EmbeddedPostgres.startOrReuse(openFolder.resolve("pg"), 0, true,
				new ProcessRunner(Account.NOBODY));
		try {
			assertThat(query(server, "select 'up'")).isEqualTo("up");
		}
		finally {
			server.release();
		}
	}

	private AnnotationConfigApplicationContext databaseContext() {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("casebook.data-dir", this.dataDir.getParent().toString())));
		context.register(EmbeddedDatabaseConfiguration.class);
		context.refresh();
		return context;
	}

	private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
			connection.createStatement().execute(sql);
		}
	}

	private static String query(EmbeddedPostgres server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
			ResultSet result = connection.createStatement().executeQuery(sql);
			result.next();
			return result.getString(1);
		}
	}

}
