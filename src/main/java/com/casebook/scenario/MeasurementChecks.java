package com.casebook.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.casebook.scenario.ScenarioLifecycleEvents.EffectConfirmed;
import com.casebook.scenario.ScenarioLifecycleEvents.MeasurementConfirmed;
import com.casebook.taxonomy.KpiDirection;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measured effects are guarded like money: a reported change more than ten times the
 * KPI's typical change (the median absolute change of its reports in that unit, over at
 * least three reports, never below a floor per unit) is an outlier. Outliers are flagged
 * for editors and held back from medians, "What works", rankings and the "improves"
 * filters until an editor confirms them. The rule itself lives in the view
 * {@code measurement_checks} (V37), so every read model applies the same one.
 * <p>
 * Confirmations: an editor's confirmation of an outlier, or another person's "I applied
 * this" figures on the same solution and KPI pointing the same way, confirm the
 * measurement's author's effect ({@link EffectConfirmed}, paid by the points module).
 */
@Service
public class MeasurementChecks {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Taxonomy taxonomy;

	MeasurementChecks(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** One reported figure the check holds back, with what it was measured against. */
	public record Outlier(long scenarioId, String scenarioTitle, long solutionId, Measurement measurement,
			BigDecimal typicalChange, boolean fromApplication) {

		/** The figures' change as a multiple of the typical one (rounded). */
		public long times() {
			return this.measurement.change().abs().divide(this.typicalChange, 0, RoundingMode.HALF_UP).longValue();
		}

	}

	/** A measurement as the check names it: its solution and figures. */
	public record Checked(long solutionId, long kpiId, BigDecimal before, BigDecimal after, MeasureUnit unit,
			Long reportedBy) {

		public Checked {
			before = Measurement.normalized(before);
			after = Measurement.normalized(after);
		}

		static Checked of(long solutionId, Measurement m) {
			return new Checked(solutionId, m.kpiId(), m.before(), m.after(), m.unit(), m.reportedBy());
		}

	}

	/**
	 * The outliers no editor has confirmed yet, on live solutions of scenarios that are
	 * not merged away, newest scenario first.
	 */
	@Transactional(readOnly = true)
	public List<Outlier> unconfirmed() {
		return this.jdbc.sql("""
				select c.scenario_id, s.title, c.solution_id, c.kpi_id, c.before_value, c.after_value, c.unit,
				       c.site, c.reported_by, c.typical_change, c.from_application
				from measurement_checks c join scenario s on s.id = c.scenario_id
				where not c.trusted and s.status <> 'MERGED'
				order by c.scenario_id desc, c.solution_id, c.kpi_id, c.before_value, c.after_value
				""")
			.query((rs, n) -> new Outlier(rs.getLong(1), rs.getString(2), rs.getLong(3),
					new Measurement(rs.getLong(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
							MeasureUnit.valueOf(rs.getString(7)), null, rs.getString(8), rs.getObject(9, Long.class)),
					rs.getBigDecimal(10), rs.getBoolean(11)))
			.list();
	}

	/**
	 * The KPIs one of the scenario's live solutions measurably improves: the median
	 * relative change of its trusted reports of the KPI is better by the KPI's direction
	 * (what search files the scenario under, for its "improves" filter and facet).
	 */
	public Set<Long> improvedKpis(long scenarioId) {
		return improvedKpis(List.of(scenarioId)).getOrDefault(scenarioId, Set.of());
	}

	/**
	 * The same for several scenarios in one query (what a mass index asks for a batch); a
	 * scenario that improves none is missing.
	 */
	public Map<Long, Set<Long>> improvedKpis(Collection<Long> scenarioIds) {
		// scenario, solution and KPI to the relative changes reported
		Map<List<Long>, List<Double>> bySolutionAndKpi = new HashMap<>();
		this.jdbc.sql("""
				select scenario_id, solution_id, kpi_id, before_value, after_value from measurement_checks
				where scenario_id in (:scenarios) and trusted
				""").param("scenarios", List.copyOf(scenarioIds)).query((rs, n) -> {
			long kpi = rs.getLong(3);
			KpiDirection direction = this.taxonomy.reference(kpi).map(k -> k.better()).orElse(KpiDirection.HIGHER);
			Double improvement = new Measurement(kpi, rs.getBigDecimal(4), rs.getBigDecimal(5), MeasureUnit.COUNT, null,
					null, null)
				.improvement(direction);
			if (improvement != null) {
				bySolutionAndKpi.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2), kpi), key -> new ArrayList<>())
					.add(improvement);
			}
			return kpi;
		}).list();
		Map<Long, Set<Long>> improved = new HashMap<>();
		bySolutionAndKpi.forEach((key, values) -> {
			if (MeasuredImprovements.median(values) > 0) {
				improved.computeIfAbsent(key.get(0), scenario -> new TreeSet<>()).add(key.get(2));
			}
		});
		return improved;
	}

	/** How many outliers wait for an editor. */
	@Transactional(readOnly = true)
	public long unconfirmedCount() {
		return this.jdbc.sql("select count(*) from measurement_checks where not trusted").query(Long.class).single();
	}

	/** The scenario's measurements held back until an editor confirms them. */
	@Transactional(readOnly = true)
	public Set<Checked> heldBack(long scenarioId) {
		return new HashSet<>(this.jdbc.sql("""
				select solution_id, kpi_id, before_value, after_value, unit, reported_by
				from measurement_checks where scenario_id = :scenario and not trusted
				""")
			.param("scenario", scenarioId)
			.query((rs, n) -> new Checked(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					MeasureUnit.valueOf(rs.getString(5)), rs.getObject(6, Long.class)))
			.list());
	}

	/**
	 * An editor vouches for an outlier: it counts from now on. Returns false (and changes
	 * nothing) when no such outlier waits (already confirmed, edited, or never one).
	 */
	@Transactional
	public boolean confirm(Checked measurement, CurrentUser editor) {
		Long scenarioId = this.jdbc.sql("""
				select scenario_id from measurement_checks
				where solution_id = :solution and kpi_id = :kpi and before_value = :before and after_value = :after
				  and unit = :unit and coalesce(reported_by, 0) = coalesce(:by, 0) and not trusted
				limit 1
				""")
			.param("solution", measurement.solutionId())
			.param("kpi", measurement.kpiId())
			.param("before", measurement.before())
			.param("after", measurement.after())
			.param("unit", measurement.unit().name())
			.param("by", measurement.reportedBy(), Types.BIGINT)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (scenarioId == null) {
			return false;
		}
		int written = this.jdbc.sql("""
				insert into measurement_confirmation
				    (solution_id, kpi_id, before_value, after_value, unit, reported_by, confirmed_by, confirmed_at)
				values (:solution, :kpi, :before, :after, :unit, :by, :editor, :at)
				on conflict do nothing
				""")
			.param("solution", measurement.solutionId())
			.param("kpi", measurement.kpiId())
			.param("before", measurement.before())
			.param("after", measurement.after())
			.param("unit", measurement.unit().name())
			.param("by", measurement.reportedBy(), Types.BIGINT)
			.param("editor", editor.getId())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		if (written == 0) {
			return false;
		}
		this.events.publishEvent(
				new MeasurementConfirmed(scenarioId, measurement.solutionId(), measurement.kpiId(), editor.getId()));
		if (measurement.reportedBy() != null && measurement.reportedBy() != editor.getId()) {
			this.events.publishEvent(new EffectConfirmed(scenarioId, measurement.solutionId(), measurement.kpiId(),
					measurement.reportedBy(), editor.getId()));
		}
		return true;
	}

	/**
	 * Someone's own figures, just reported with "I applied this", confirm the trusted
	 * figures others reported for the same solution and KPI when both changed the same
	 * way; each of those reporters' effect is announced as confirmed.
	 */
	void applied(long scenarioId, long solutionId, Measurement own, long appliedBy) {
		int way = own.change().signum();
		if (way == 0 || !trusted(solutionId, own.reportedBy(appliedBy))) {
			return;
		}
		this.jdbc.sql("""
				select distinct reported_by from measurement_checks
				where solution_id = :solution and kpi_id = :kpi and trusted and reported_by is not null
				  and reported_by <> :me and sign(after_value - before_value) = :way
				order by reported_by
				""")
			.param("solution", solutionId)
			.param("kpi", own.kpiId())
			.param("me", appliedBy)
			.param("way", way)
			.query(Long.class)
			.list()
			.forEach(author -> this.events
				.publishEvent(new EffectConfirmed(scenarioId, solutionId, own.kpiId(), author, appliedBy)));
	}

	private boolean trusted(long solutionId, Measurement m) {
		return this.jdbc.sql("""
				select count(*) from measurement_checks
				where solution_id = :solution and kpi_id = :kpi and before_value = :before and after_value = :after
				  and unit = :unit and reported_by = :by and trusted
				""")
			.param("solution", solutionId)
			.param("kpi", m.kpiId())
			.param("before", m.before())
			.param("after", m.after())
			.param("unit", m.unit().name())
			.param("by", m.reportedBy())
			.query(Long.class)
			.single() > 0;
	}

}
