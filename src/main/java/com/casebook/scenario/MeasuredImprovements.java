package com.casebook.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * it), the scenario's best solution counting. For the catalogue's and the API's
 * "improves" filter and its "measured change" order.
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
		this.jdbc
			.sql("""
					select o.id, o.scenario_id, r.before_value, r.after_value
					from (select m.solution_id, m.before_value, m.after_value from solution_measurement m where m.kpi_id = :kpi
					      union all
					      select a.solution_id, a.before_value, a.after_value from solution_application a where a.kpi_id = :kpi) r
					join solution o on o.id = r.solution_id
					join scenario s on s.id = o.scenario_id
					where o.merged_into_id is null and s.status = 'PUBLISHED'
					""")
			.param("kpi", kpiId)
			.query((rs, n) -> {
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
			})
			.list();
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

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
