package com.casebook.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.casebook.CasebookIntegrationTest;
import com.casebook.search.IndexDrift;
import com.casebook.search.IndexMaintenance;
import com.casebook.TestUsers;
import com.casebook.report.Chart;
import com.casebook.report.ReportChart;
import com.casebook.report.Reports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A first start as a new user sees it: the demo catalogue with a few weeks of activity
 * played on it, so the leaderboard, rewards, the overdue list, knowledge gaps and the
 * reports all have something to show. Its own database, since the other tests' one holds
 * the plain demo catalogue.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = { "casebook.demo-activity=true",
		"casebook.data-dir=${java.io.tmpdir}/casebook-demo-activity-test" })
class DemoActivityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	@Autowired
	IndexMaintenance index;

	@Test
	void theHistorySpreadsOverTheLastWeeksAndNothingLiesInTheFuture() {
		Instant now = Instant.now();
		Instant start = now.minus(DemoActivity.HISTORY).minus(Duration.ofDays(1));
		for (String dated : List.of("revision.created_at", "point_entry.created_at", "notification.created_at",
				"audit_entry.at", "scenario.created_at", "scenario.updated_at", "scenario.published_at",
				"solution.created_at", "solution.updated_at", "solution.adopted_at", "solution_application.created_at",
				"scenario_comment.created_at", "redemption.requested_at", "reward.created_at",
				"search_query_log.searched_at")) {
			String[] tableAndColumn = dated.split("\\.");
			List<Instant> range = this.jdbc
				.sql("select min(%2$s), max(%2$s) from %1$s".formatted(tableAndColumn[0], tableAndColumn[1]))
				.query((rs, row) -> List.of(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
				.single();
			assertThat(range.get(0)).as("first " + dated).isAfter(start);
			assertThat(range.get(1)).as("last " + dated).isBefore(now);
		}
		assertThat(distinctDays("revision", "created_at")).isGreaterThanOrEqualTo(10);
		assertThat(distinctDays("point_entry", "created_at")).isGreaterThanOrEqualTo(10);
		assertThat(distinctDays("notification", "created_at")).isGreaterThanOrEqualTo(5);
		assertThat(distinctDays("audit_entry", "at")).isGreaterThanOrEqualTo(5);
	}

	/**
	 * What a listener wrote (points in the saving transaction, notifications after commit
	 * on their own thread) is dated with what caused it, not with the day the demo ran.
	 */
	@Test
	void pointsAndNotificationsAreDatedWithWhatCausedThem() {
		assertDatedWithCause("amendments", """
				select pe.created_at, r.created_at from point_entry pe
				join revision r on pe.cause = 'revision:' || r.scenario_id
				  || coalesce(':solution:' || r.solution_id, '') || ':' || r.number
				where pe.reason = 'AMENDMENT' and pe.reverses_id is null""");
		assertDatedWithCause("new solutions", """
				select pe.created_at, s.created_at from point_entry pe join solution s on s.id = pe.solution_id
				where pe.reason = 'SOLUTION_ADDED' and pe.reverses_id is null""");
		assertDatedWithCause("adoptions", """
				select pe.created_at, s.adopted_at from point_entry pe join solution s on s.id = pe.solution_id
				where pe.reason = 'SOLUTION_ADOPTED' and pe.reverses_id is null and s.adopted_at is not null
				  and pe.id = (select max(id) from point_entry later where later.cause = pe.cause
				               and later.reason = pe.reason)""");
		assertDatedWithCause("applications", """
				select pe.created_at, sa.created_at from point_entry pe join solution_application sa
				  on pe.cause = 'applied:' || sa.solution_id || ':' || sa.user_id
				where pe.reason = 'APPLIED_RECEIVED' and pe.reverses_id is null""");
		assertDatedWithCause("publications", """
				select pe.created_at, s.published_at from point_entry pe join scenario s on s.id = pe.scenario_id
				where pe.reason = 'SCENARIO_PUBLISHED' and pe.reverses_id is null""");
		// a notification follows the change that caused it within moments
		List<Long> unexplained = this.jdbc.sql("""
				select n.id from notification n
				where not exists (select 1 from point_entry pe
				                  where pe.created_at between n.created_at - interval '5 minutes' and n.created_at)
				  and not exists (select 1 from revision r
				                  where r.created_at between n.created_at - interval '5 minutes' and n.created_at)
				  and not exists (select 1 from solution_application sa
				                  where sa.created_at between n.created_at - interval '5 minutes' and n.created_at)
				  and not exists (select 1 from redemption rd
				                  where rd.requested_at between n.created_at - interval '5 minutes' and n.created_at)
				""").query(Long.class).list();
		assertThat(unexplained).as("notifications dated apart from any change").isEmpty();
	}

	@Test
	void theLeaderboardOfThisMonthShowsPeopleOfBothTeams() throws Exception {
		this.mvc.perform(get("/leaderboard").param("period", "month").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(containsString("陈静")));
	}

	@Test
	void recentChangesProfilesAndNotificationsShowSeveralDays() throws Exception {
		assertThat(daysShown("/changes", "reader")).hasSizeGreaterThanOrEqualTo(5);
		for (String person : List.of("manager", "manager2", "editor")) {
			assertThat(daysShown("/people/" + person, "reader")).as(person).hasSizeGreaterThanOrEqualTo(2);
		}
		this.mvc.perform(get("/notifications").with(this.users.as("manager2")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"empty\""))));
	}

	@Test
	void theActivityReportShowsPublicationsInMoreThanOneMonth() {
		Chart activity = this.reports.chart(ReportChart.ACTIVITY, Locale.ENGLISH);
		List<Number> published = activity.series()
			.stream()
			.filter(series -> series.name().equals("published"))
			.findFirst()
			.orElseThrow()
			.values();
		assertThat(published.stream().filter(count -> count.longValue() > 0).count()).isGreaterThan(1);
	}

	/** The dates a page shows (as yyyy-MM-dd). */
	private Set<String> daysShown(String page, String username) throws Exception {
		String html = this.mvc.perform(get(page).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Pattern.compile("\\b20\\d\\d-\\d\\d-\\d\\d\\b")
			.matcher(html)
			.results()
			.map(MatchResult::group)
			.collect(Collectors.toSet());
	}

	private long distinctDays(String table, String column) {
		return this.jdbc.sql("select count(distinct date_trunc('day', %s)) from %s".formatted(column, table))
			.query(Long.class)
			.single();
	}

	/** Every row's award and cause lie within minutes; at least one row is checked. */
	private void assertDatedWithCause(String what, String awardAndCause) {
		List<Duration> apart = this.jdbc.sql(awardAndCause)
			.query((rs, row) -> Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(1).toInstant()).abs())
			.list();
		assertThat(apart).as(what).isNotEmpty().allSatisfy(gap -> assertThat(gap).isLessThan(Duration.ofMinutes(5)));
	}

	@Test
	void theLeaderboardShowsPeopleOfBothTeams() throws Exception {
		this.mvc.perform(get("/leaderboard").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(containsString("陈静")));
	}

	@Test
	void rewardsAreInStockAndARedemptionWaitsForAnAdmin() throws Exception {
		this.mvc.perform(get("/rewards").with(this.users.as("reader")))
			.andExpect(content().string(containsString("咖啡券 (Coffee voucher)")));
		this.mvc.perform(get("/admin/rewards").with(this.users.as("admin")))
			.andExpect(content().string(containsString("王建国")));
	}

	@Test
	void someScenariosAreDueForReview() throws Exception {
		this.mvc.perform(get("/review/overdue").with(this.users.as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/scenarios/")));
	}

	@Test
	void searchesThatFoundNothingAreKnowledgeGaps() throws Exception {
		this.mvc.perform(get("/gaps").with(this.users.as("editor")))
			.andExpect(content().string(containsString(DemoActivity.UNANSWERED.get(0))));
	}

	@Test
	void theReportsCountAdoptionsAndApplications() throws Exception {
		this.mvc.perform(get("/reports").with(this.users.as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陈静")));
	}

	@Test
	void theSearchIndexMatchesTheDatabaseAfterTheHistory() {
		IndexDrift drift = this.index.repair();
		assertThat(drift.stale()).as("scenarios indexed from an older version").isEmpty();
		assertThat(drift.orphans()).as("documents of scenarios no longer stored").isEmpty();
	}

}
