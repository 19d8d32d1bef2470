package com.casebook.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts scenario views in memory and adds them to the database once a second. A view
 * used to be an update of the scenario's row in its own committed transaction: under load
 * every reader of a popular scenario queued for that row's lock and for the commit's disk
 * flush. The count a page shows adds the views not written yet.
 */
@Component
class ViewCounts implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(ViewCounts.class);

	/**
	 * Views not written yet, by scenario. Entries are kept once made (one small counter
	 * per scenario viewed), so an increment can never land on a counter already taken
	 * out.
	 */
	private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	ViewCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void viewed(long scenarioId) {
		this.pending.computeIfAbsent(scenarioId, id -> new AtomicLong()).incrementAndGet();
	}

	/** Views of this scenario counted but not written yet. */
	long unwritten(long scenarioId) {
		AtomicLong count = this.pending.get(scenarioId);
		return count == null ? 0 : count.get();
	}

	/** Adds the views counted so far to the database. */
	// on every node, never locked: each node writes the views it counted in its own
	// memory
	@Scheduled(fixedDelayString = "PT1S")
	synchronized void flush() {
		List<long[]> views = new ArrayList<>();
		this.pending.forEach((id, count) -> {
			long n = count.getAndSet(0);
			if (n > 0) {
				views.add(new long[] { id, n });
			}
		});
		if (views.isEmpty()) {
			return;
		}
		try {
			this.jdbc.batchUpdate("update scenario set view_count = view_count + ? where id = ?", views, views.size(),
					(statement, view) -> {
						statement.setLong(1, view[1]);
						statement.setLong(2, view[0]);
					});
		}
		catch (DataAccessException ex) {
			// put them back for the next attempt
			views.forEach(view -> this.pending.computeIfAbsent(view[0], id -> new AtomicLong()).addAndGet(view[1]));
			LOG.warn("Scenario views could not be written yet: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		flush();
	}

}
