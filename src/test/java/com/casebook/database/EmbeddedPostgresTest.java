package com.casebook.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs its own server in its own directory, apart from the one the Spring tests share.
 */
class EmbeddedPostgresTest {

	private final Path dataDir = Path.of("target", "test-data", "embedded-postgres-test", "pg");

	@Test
	void dataSurvivesARestart() throws SQLException {
		EmbeddedPostgres first = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		execute(first, "create table note (text varchar(20))");
		execute(first, "insert into note values ('保留')");
		first.stopForTests();

		EmbeddedPostgres second = EmbeddedPostgres.startOrReuse(this.dataDir, 0);
		assertThat(query(second, "select text from note")).isEqualTo("保留");
		second.stopForTests();
	}

	@Test
	void commitsAreDurable() throws SQLException {
		EmbeddedPostgres server = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		assertThat(query(server, "show synchronous_commit")).isEqualTo("on");
		assertThat(query(server, "show fsync")).isEqualTo("on");
		server.stopForTests();
	}

	@Test
	void startsAfterAKilledRunLeftAStalePidFile() throws Exception {
		EmbeddedPostgres server = EmbeddedPostgres.startOrReuse(this.dataDir, 0, true);
		server.stopForTests();
		// a pid file naming a process that is not PostgreSQL, as after a crash and pid reuse
		long notPostgres = ProcessHandle.current().pid();
		Files.writeString(this.dataDir.resolve("postmaster.pid"), notPostgres + "\n" + this.dataDir + "\n");

		EmbeddedPostgres restarted = EmbeddedPostgres.startOrReuse(this.dataDir, 0);
		assertThat(query(restarted, "select 'up'")).isEqualTo("up");
		restarted.stopForTests();
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
