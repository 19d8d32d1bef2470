package com.casebook.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.casebook.taxonomy.KpiDirection;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which published scenarios improve a KPI, by how much: each live solution's median
 * relative improvement over every report of the KPI (its authors' and those who applied
 * it), the scenario's best solution counting; outliers no editor confirmed are left out
 * ({@link MeasurementChecks}). For the catalogue's and the API's "improves" filter and
 * its "measured change" order.
 */
@Component
class MeasuredImprovements {

	private final JdbcClient jdbc;

	private final Taxonomy taxonomy;

	MeasuredImprovements(JdbcClient jdbc, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	/**
	 * Scenario ids whose best solution improves the KPI, best first, with that median.
	 */
	Map<Long, Double> improving(long kpiId) {
		KpiDirection direction = this.taxonomy.reference(kpiId).map(k -> k.better()).orElse(KpiDirection.HIGHER);
		Map<Long, Long> scenarioOf = new HashMap<>();
		Map<Long, List<Double>> bySolution = new HashMap<>();
		this.jdbc.sql("""
				select c.solution_id, c.scenario_id, c.before_value, c.after_value
				from measurement_checks c join scenario s on s.id = c.scenario_id
				where c.kpi_id = :kpi and c.trusted and s.status = 'PUBLISHED'
				""").param("kpi", kpiId).query((rs, n) -> {
			BigDecimal before = rs.getBigDecimal(3);
			BigDecimal after = rs.getBigDecimal(4);
			long solution = rs.getLong(1);
			scenarioOf.put(solution, rs.getLong(2));
			Measurement m = new Measurement(kpiId, before, after, MeasureUnit.COUNT, null, null, null);
			Double improvement = m.improvement(direction);
			if (improvement != null) {
				bySolution.computeIfAbsent(solution, id -> new ArrayList<>()).add(improvement);
			}
			return solution;
		}).list();
		Map<Long, Double> best = new HashMap<>();
		bySolution.forEach((solution, values) -> {
			double median = median(values);
			best.merge(scenarioOf.get(solution), median, Math::max);
		});
		Map<Long, Double> ordered = new LinkedHashMap<>();
		best.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> ordered.put(e.getKey(), e.getValue()));
		return ordered;
	}

	/** The measured evidence of one scenario: its best-measured solution's. */
	record Evidence(int reports, double medianImprovement) {
	}

	/**
	 * For each of the scenarios with trusted measurements, its solution with the most
	 * reports (ties: the larger median improvement), over every KPI measured, each report
	 * turned by its KPI's direction so that positive is better.
	 */
	Map<Long, Evidence> evidence(Collection<Long> scenarioIds) {
		if (scenarioIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> scenarioOf = new HashMap<>();
		Map<Long, List<Double>> bySolution = new HashMap<>();
		this.jdbc.sql("""
				select c.solution_id, c.scenario_id, c.kpi_id, c.before_value, c.after_value
				from measurement_checks c where c.trusted and c.scenario_id in (:ids)
				""").param("ids", scenarioIds).query((rs, n) -> {
			long solution = rs.getLong(1);
			scenarioOf.put(solution, rs.getLong(2));
			KpiDirection direction = this.taxonomy.reference(rs.getLong(3))
				.map(k -> k.better())
				.orElse(KpiDirection.HIGHER);
			Double improvement = new Measurement(rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
					MeasureUnit.COUNT, null, null, null)
				.improvement(direction);
			if (improvement != null) {
				bySolution.computeIfAbsent(solution, id -> new ArrayList<>()).add(improvement);
			}
			return solution;
		}).list();
		Map<Long, Evidence> best = new HashMap<>();
		bySolution.forEach(
				(solution, values) -> best.merge(scenarioOf.get(solution), new Evidence(values.size(), median(values)),
						(a, b) -> a.reports() != b.reports() ? (a.reports() > b.reports() ? a : b)
								: (a.medianImprovement() >= b.medianImprovement() ? a : b)));
		return best;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
