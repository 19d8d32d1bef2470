package com.casebook.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.casebook.taxonomy.ReferenceView;

/**
 * What a solution's measured effect rests on: the figures its authors wrote and those
 * people reported when they applied it, summed up per KPI by the median, so one author's
 * claim weighs no more than any other report. Outliers an editor has not confirmed yet
 * ({@link MeasurementChecks}) are kept apart in {@code heldBack}: shown, never counted.
 */
public record SolutionEvidence(List<Measurement> fromAuthors, List<Measurement> fromApplications,
		List<KpiEvidence> kpis, List<HeldBack> heldBack) {

	public static final SolutionEvidence NONE = new SolutionEvidence(List.of(), List.of(), List.of(), List.of());

	public static SolutionEvidence of(List<Measurement> fromAuthors, List<Measurement> fromApplications,
			Function<Long, Optional<ReferenceView>> kpiNamed) {
		return of(fromAuthors, fromApplications, m -> false, kpiNamed);
	}

	/**
	 * The evidence of the reports {@code outlier} does not hold back; those it holds back
	 * are listed apart.
	 */
	public static SolutionEvidence of(List<Measurement> fromAuthors, List<Measurement> fromApplications,
			Predicate<Measurement> outlier, Function<Long, Optional<ReferenceView>> kpiNamed) {
		List<HeldBack> heldBack = new ArrayList<>();
		List<Measurement> authors = new ArrayList<>();
		List<Measurement> applications = new ArrayList<>();
		for (Measurement m : fromAuthors) {
			if (outlier.test(m)) {
				kpiNamed.apply(m.kpiId()).ifPresent(kpi -> heldBack.add(new HeldBack(kpi, m)));
			}
			else {
				authors.add(m);
			}
		}
		for (Measurement m : fromApplications) {
			if (outlier.test(m)) {
				kpiNamed.apply(m.kpiId()).ifPresent(kpi -> heldBack.add(new HeldBack(kpi, m)));
			}
			else {
				applications.add(m);
			}
		}
		Map<Long, List<Measurement>> byKpi = new LinkedHashMap<>();
		for (Measurement m : authors) {
			byKpi.computeIfAbsent(m.kpiId(), id -> new ArrayList<>()).add(m);
		}
		for (Measurement m : applications) {
			byKpi.computeIfAbsent(m.kpiId(), id -> new ArrayList<>()).add(m);
		}
		List<KpiEvidence> kpis = new ArrayList<>();
		byKpi.forEach((id, reports) -> kpiNamed.apply(id).ifPresent(kpi -> kpis.add(KpiEvidence.of(kpi, reports))));
		return new SolutionEvidence(List.copyOf(authors), List.copyOf(applications), List.copyOf(kpis),
				List.copyOf(heldBack));
	}

	/** Whether there is nothing to show: no counted report and no outlier held back. */
	public boolean isEmpty() {
		return this.kpis.isEmpty() && this.heldBack.isEmpty();
	}

	/** A report held back as an outlier until an editor confirms it. */
	public record HeldBack(ReferenceView kpi, Measurement measurement) {
	}

	/** How many measurements back the solution. */
	public int reportCount() {
		return this.fromAuthors.size() + this.fromApplications.size();
	}

	/**
	 * How many places reported numbers: distinct sites, and a report without a site
	 * counts by its reporter.
	 */
	public int siteCount() {
		return KpiEvidence.sites(allReports());
	}

	public Optional<KpiEvidence> kpi(long kpiId) {
		return this.kpis.stream().filter(k -> k.kpi().id() == kpiId).findFirst();
	}

	private List<Measurement> allReports() {
		List<Measurement> all = new ArrayList<>(this.fromAuthors);
		all.addAll(this.fromApplications);
		return all;
	}

	/**
	 * One KPI's reports summed up: the medians before and after and of the change (in the
	 * unit most reports use), the median relative improvement (positive is better, by the
	 * KPI's direction) and the verdict it gives.
	 */
	public record KpiEvidence(ReferenceView kpi, int reports, int sites, MeasureUnit unit, BigDecimal medianBefore,
			BigDecimal medianAfter, BigDecimal medianChange, Double medianImprovement, Measurement.Verdict verdict) {

		static KpiEvidence of(ReferenceView kpi, List<Measurement> reports) {
			MeasureUnit unit = reports.stream()
				.map(Measurement::unit)
				.filter(Objects::nonNull)
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
				.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse(null);
			Predicate<Measurement> inUnit = m -> m.unit() == unit;
			List<Measurement> comparable = reports.stream().filter(inUnit).toList();
			BigDecimal before = median(comparable.stream().map(Measurement::before).toList());
			BigDecimal after = median(comparable.stream().map(Measurement::after).toList());
			BigDecimal change = median(comparable.stream().map(Measurement::change).toList());
			List<Double> improvements = reports.stream()
				.map(m -> m.improvement(kpi.better()))
				.filter(Objects::nonNull)
				.sorted()
				.toList();
			Double improvement = improvements.isEmpty() ? null : medianOf(improvements);
			double signed = kpi.better().improvement(change == null ? 0 : change.doubleValue());
			Measurement.Verdict verdict = signed > 0 ? Measurement.Verdict.BETTER
					: signed < 0 ? Measurement.Verdict.WORSE : Measurement.Verdict.SAME;
			return new KpiEvidence(kpi, reports.size(), sites(reports), unit, before, after, change, improvement,
					verdict);
		}

		/** The median relative change as a signed percentage (-52 for 12.5 → 6). */
		public Long relativePercent() {
			if (this.medianImprovement == null) {
				return null;
			}
			double relative = this.kpi.better().improvement(this.medianImprovement);
			return Math.round(relative * 100);
		}

		static int sites(List<Measurement> reports) {
			return (int) reports.stream()
				.map(m -> m.site() != null ? "site:" + m.site().toLowerCase(Locale.ROOT) : "by:" + m.reportedBy())
				.distinct()
				.count();
		}

		private static BigDecimal median(List<BigDecimal> values) {
			List<BigDecimal> sorted = values.stream()
				.filter(Objects::nonNull)
				.sorted(Comparator.naturalOrder())
				.toList();
			if (sorted.isEmpty()) {
				return null;
			}
			int middle = sorted.size() / 2;
			BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
					: sorted.get(middle - 1)
						.add(sorted.get(middle))
						.divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_EVEN);
			return Measurement.normalized(median);
		}

		private static double medianOf(List<Double> sorted) {
			int middle = sorted.size() / 2;
			return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		}

	}

}
