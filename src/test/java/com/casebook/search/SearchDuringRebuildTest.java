package com.casebook.search;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A full rebuild empties the index first and fills it again: meanwhile the search page
 * and the API keep answering, and say that results may be incomplete.
 */
@CasebookIntegrationTest
class SearchDuringRebuildTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	DataSource dataSource;

	@Test
	void searchSaysTheIndexIsRebuildingUntilTheRebuildEnds() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		Future<Long> rebuild;
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			// holds the rebuild where it loads solutions: after it emptied the index
			connection.setAutoCommit(false);
			statement.execute("lock table solution in access exclusive mode");
			rebuild = executor.submit(this.maintenance::rebuild);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!this.maintenance.isRebuilding() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(this.maintenance.isRebuilding()).isTrue();

			this.mvc.perform(get("/api/search").param("q", "缺货").with(httpBasic("reader", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rebuilding").value(true));
			this.mvc.perform(get("/search").param("q", "缺货").with(this.users.as("reader")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"index-rebuilding\"")));
			connection.rollback();
		}
		finally {
			executor.shutdown();
		}
		rebuild.get(2, TimeUnit.MINUTES);

		this.mvc.perform(get("/api/search").param("q", "缺货").with(httpBasic("reader", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rebuilding").value(false))
			.andExpect(jsonPath("$.total", greaterThan(0)));
		this.mvc.perform(get("/search").param("q", "缺货").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>缺货</mark>")))
			.andExpect(content().string(not(containsString("id=\"index-rebuilding\""))));
	}

}
