package com.casebook.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Work that one node of a cluster does at a time, every node sharing one PostgreSQL: a
 * session-level advisory lock ({@code pg_advisory_lock}) named after the work, held on a
 * connection of its own for as long as the work runs. A node that dies releases it with
 * its connection, so no lock outlives its holder (unlike a row with an expiry). Used for
 * the search index's check and rebuild at start-up: the nodes take turns, and each one
 * that follows finds the work already done. Scheduled jobs use {@link SchedulerLocks}
 * instead, which also keeps a job from running twice in the same period.
 * <p>
 * The two-integer form of the lock is used, in a space of its own ({@link #SPACE}): it
 * never meets the one-bigint transaction locks other modules take (points, for instance,
 * lock a person by id).
 */
@Component
public class ClusterLocks {

	/** "CBLK": the first key of every lock taken here. */
	static final int SPACE = 0x43424c4b;

	private final DataSource dataSource;

	ClusterLocks(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Runs {@code work} once no other node (nor thread) runs work of this name, waiting
	 * as long as it takes; returns what the work returned.
	 */
	public <T> T exclusively(String name, Supplier<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			call(connection, "select pg_advisory_lock(?, hashtext(?))", name);
			try {
				return work.get();
			}
			finally {
				call(connection, "select pg_advisory_unlock(?, hashtext(?))", name);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not take the cluster lock '" + name + "'", ex);
		}
	}

	/** {@link #exclusively(String, Supplier)} for work that returns nothing. */
	public void exclusively(String name, Runnable work) {
		exclusively(name, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs {@code work} only when no other node runs work of this name right now; false
	 * (and nothing run) when one does.
	 */
	public boolean ifFree(String name, Runnable work) {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!call(connection, "select pg_try_advisory_lock(?, hashtext(?))", name)) {
				return false;
			}
			try {
				work.run();
				return true;
			}
			finally {
				call(connection, "select pg_advisory_unlock(?, hashtext(?))", name);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not take the cluster lock '" + name + "'", ex);
		}
	}

	private static boolean call(Connection connection, String sql, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, SPACE);
			statement.setString(2, name);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				// pg_advisory_lock returns void (read as null): it only returns once held
				Object value = result.getObject(1);
				return !(value instanceof Boolean held) || held;
			}
		}
	}

}
