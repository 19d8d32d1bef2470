package com.casebook.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.casebook.points.Leaderboard;
import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.KpiDirection;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers behind the reports dashboard (a read model: the dashboard never writes),
 * read from the views the scenario and search modules share and from the points
 * leaderboard. Months are calendar months in UTC, the last twelve.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	static final int MONTHS = 12;

	static final int TOP = 10;

	static final int STALE_DAYS = 180;

	private final JdbcClient jdbc;

	private final Taxonomy taxonomy;

	private final Leaderboard leaderboard;

	private final Clock clock;

	Reports(JdbcClient jdbc, Taxonomy taxonomy, Leaderboard leaderboard, Clock clock) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.leaderboard = leaderboard;
		this.clock = clock;
	}

	public Chart chart(ReportChart chart, Locale locale) {
		String name = chart.slug();
		switch (chart) {
			case ACTIVITY:
				return activity();
			case BY_CATEGORY:
				return byCategory(locale);
			case BY_TAG:
				return byTag(locale);
			case TIME_TO_PUBLISH:
				return timeToPublish();
			case TOP_CONTRIBUTORS:
				return topContributors();
			case MOST_VIEWED:
				return ranking(name, "views", """
						select title, view_count from scenario_facts where status = 'PUBLISHED' and view_count > 0
						order by view_count desc, id limit %d""");
			case MOST_APPLIED:
				return ranking(name, "applied", """
						select title, applied_count from scenario_facts where status = 'PUBLISHED' and applied_count > 0
						order by applied_count desc, id limit %d""");
			case ZERO_RESULTS:
				return ranking(name, "searches",
						"""
								select query, count(*) from search_query_facts where result_count = 0 and not filtered and query <> ''
								group by query order by 2 desc, 1 limit %d""");
			case STALE:
				return stale();
			case SOP_CANDIDATES:
				return sopCandidates();
			default:
				throw new IllegalArgumentException("No report " + name);
		}
	}

	/** Submissions and publications per month. */
	private Chart activity() {
		List<YearMonth> months = months();
		return new Chart("activity", "bar", labels(months),
				List.of(new Chart.Series("submitted", perMonth(months, "submitted_at", "")),
						new Chart.Series("published", perMonth(months, "published_at", ""))),
				true);
	}

	/** Scenarios published per month under each top-level category. */
	private Chart byCategory(Locale locale) {
		List<YearMonth> months = months();
		List<Chart.Series> series = new ArrayList<>();
		for (CategoryView root : this.taxonomy.categoryTree()) {
			List<Long> subtree = new ArrayList<>();
			collect(root, subtree);
			List<Number> values = perMonth(months, "published_at", " and category_id in (" + ids(subtree) + ")");
			if (values.stream().anyMatch(v -> v.longValue() > 0)) {
				series.add(new Chart.Series(root.nameIn(locale), values));
			}
		}
		return new Chart("by-category", "bar", labels(months), series, false);
	}

	/** Scenarios published per month carrying each of the most used tags. */
	private Chart byTag(Locale locale) {
		List<YearMonth> months = months();
		List<Long> top = this.jdbc.sql("""
				select st.tag_id from scenario_tag_facts st join scenario_facts s on s.id = st.scenario_id
				where s.status = 'PUBLISHED' group by st.tag_id order by count(*) desc, st.tag_id limit 6""")
			.query(Long.class)
			.list();
		List<Chart.Series> series = new ArrayList<>();
		for (long tag : top) {
			String name = this.taxonomy.tag(tag).map(t -> t.nameIn(locale)).orElse("#" + tag);
			series.add(new Chart.Series(name, perMonth(months, "published_at",
					" and exists (select 1 from scenario_tag_facts st where st.scenario_id = s.id and st.tag_id = "
							+ tag + ")")));
		}
		return new Chart("by-tag", "line", labels(months), series, false);
	}

	/** Average days from submission to publication, per month of publication. */
	private Chart timeToPublish() {
		List<YearMonth> months = months();
		Map<String, Number> averages = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select to_char(published_at at time zone 'UTC', 'YYYY-MM'),
					       round(avg(extract(epoch from (published_at - submitted_at)) / 86400)::numeric, 1)
					from scenario_facts s where published_at >= :since and submitted_at is not null and published_at >= submitted_at
					group by 1""")
			.param("since", since(months))
			.query((rs, n) -> averages.put(rs.getString(1), rs.getBigDecimal(2).doubleValue()))
			.list();
		if (averages.isEmpty()) {
			// nothing was published after a review in a year: no chart rather than a line
			// of zero days
			return new Chart("time-to-publish", "line", List.of(), List.of(new Chart.Series("days", List.of())), true);
		}
		// a month without publications has no average (a gap in the line), not an average
		// of zero days
		List<Number> values = months.stream().map(m -> averages.get(m.toString())).toList();
		return new Chart("time-to-publish", "line", labels(months), List.of(new Chart.Series("days", values)), true);
	}

	private Chart stale() {
		return ranking("stale", "daysSinceReview", """
				select title, (extract(epoch from (now() - coalesce(last_reviewed_at, updated_at))) / 86400)::int
				from scenario_facts where status = 'PUBLISHED'
				  and coalesce(last_reviewed_at, updated_at) < now() - make_interval(days => """ + STALE_DAYS + """
				)
				order by 2 desc, id limit %d""", 50);
	}

	private Chart sopCandidates() {
		return ranking("sop-candidates", "applied",
				"""
						select s.title, s.applied_count from scenario_facts s
						where s.status = 'PUBLISHED' and (s.frequency in ('DAILY', 'WEEKLY') or s.severity in ('HIGH', 'CRITICAL'))
						  and not s.has_adopted_solution
						order by (select count(*) from measurement_checks m where m.scenario_id = s.id and m.trusted) desc,
						         s.applied_count desc, s.id limit %d""",
				50);
	}

	/** The people who earned most points, all time (spending does not count). */
	private Chart topContributors() {
		List<Leaderboard.Place> top = this.leaderboard.people(Leaderboard.Period.ALL)
			.stream()
			.filter(place -> place.points() > 0)
			.limit(TOP)
			.toList();
		return new Chart("top-contributors", "bar", top.stream().map(Leaderboard.Place::name).toList(),
				List.of(new Chart.Series("points", top.stream().<Number>map(Leaderboard.Place::points).toList())),
				true);
	}

	/** Solutions per KPI in "What works": enough to compare, few enough to read. */
	static final int WHAT_WORKS_PER_KPI = 5;

	/**
	 * "What works": per KPI, the solutions with the largest median improvement over every
	 * report (authors' and those who applied them), in percent of the value before and
	 * turned by the KPI's direction (positive is better), with how many reports back it.
	 */
	public Chart whatWorks(Locale locale) {
		List<Report> reports = this.jdbc.sql("""
				select m.kpi_id, m.solution_id, s.title, m.before_value, m.after_value
				from measurement_checks m join scenario_facts s on s.id = m.scenario_id
				where s.status = 'PUBLISHED' and m.before_value <> 0 and m.trusted
				""").query((rs, n) -> {
			long kpi = rs.getLong(1);
			double before = rs.getDouble(4);
			double after = rs.getDouble(5);
			KpiDirection direction = this.taxonomy.reference(kpi).map(k -> k.better()).orElse(KpiDirection.HIGHER);
			return new Report(kpi, rs.getLong(2), rs.getString(3), direction.improvement((after - before) / before));
		}).list();
		List<String> labels = new ArrayList<>();
		List<Number> improvements = new ArrayList<>();
		List<Number> counts = new ArrayList<>();
		Map<Long, Map<Long, List<Report>>> byKpi = new TreeMap<>();
		reports.forEach(r -> byKpi.computeIfAbsent(r.kpi(), k -> new LinkedHashMap<>())
			.computeIfAbsent(r.solution(), k -> new ArrayList<>())
			.add(r));
		byKpi.forEach((kpi, solutions) -> {
			String kpiName = this.taxonomy.reference(kpi).map(k -> k.nameIn(locale)).orElse("#" + kpi);
			solutions.values()
				.stream()
				.sorted(Comparator.comparingDouble((List<Report> rs) -> median(rs)).reversed())
				.limit(WHAT_WORKS_PER_KPI)
				.forEach(rs -> {
					labels.add(kpiName + " · " + rs.get(0).title() + " #" + rs.get(0).solution());
					improvements.add(Math.round(median(rs) * 1000) / 10.0);
					counts.add(rs.size());
				});
		});
		return new Chart("what-works", "bar", labels,
				List.of(new Chart.Series("improvement", improvements), new Chart.Series("reports", counts)), true);
	}

	/** One measured change of a KPI reported for a solution, as an improvement. */
	private record Report(long kpi, long solution, String title, double improvement) {
	}

	private static double median(List<Report> reports) {
		List<Double> sorted = reports.stream().map(Report::improvement).sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private Chart ranking(String name, String seriesKey, String sql) {
		return ranking(name, seriesKey, sql, TOP);
	}

	private Chart ranking(String name, String seriesKey, String sql, int limit) {
		List<String> labels = new ArrayList<>();
		List<Number> values = new ArrayList<>();
		this.jdbc.sql(sql.formatted(limit)).query((rs, n) -> {
			labels.add(rs.getString(1));
			values.add(rs.getLong(2));
			return null;
		}).list();
		return new Chart(name, "bar", labels, List.of(new Chart.Series(seriesKey, values)), true);
	}

	private List<Number> perMonth(List<YearMonth> months, String column, String condition) {
		Map<String, Number> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select to_char(" + column + " at time zone 'UTC', 'YYYY-MM'), count(*) from scenario_facts s where "
					+ column + " >= :since" + condition + " group by 1")
			.param("since", since(months))
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return months.stream().map(m -> counts.getOrDefault(m.toString(), 0L)).toList();
	}

	private List<YearMonth> months() {
		YearMonth now = YearMonth.from(this.clock.instant().atZone(ZoneOffset.UTC));
		List<YearMonth> months = new ArrayList<>();
		for (int i = MONTHS - 1; i >= 0; i--) {
			months.add(now.minusMonths(i));
		}
		return months;
	}

	private static Timestamp since(List<YearMonth> months) {
		LocalDate first = months.get(0).atDay(1);
		return Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static List<String> labels(List<YearMonth> months) {
		return months.stream().map(YearMonth::toString).toList();
	}

	private static void collect(CategoryView view, List<Long> ids) {
		ids.add(view.id());
		view.children().forEach(child -> collect(child, ids));
	}

	/** Ids come from the taxonomy, never from a request: safe to inline. */
	private static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
	}

}
