package com.casebook.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import com.casebook.taxonomy.KpiDirection;

/**
 * One measured effect of a solution: a KPI's value before and after, in a unit, over a
 * period, at a site, reported by someone. Part of the solution's text (revisioned with
 * it) or of an "I applied this" record. Only the record components are serialized, so
 * helper methods here must not look like getters.
 */
public record Measurement(Long kpiId, BigDecimal before, BigDecimal after, MeasureUnit unit, String period, String site,
		Long reportedBy) {

	public static final int MAX_PERIOD = 60;

	public static final int MAX_SITE = 120;

	/** The rows a solution may carry. */
	public static final int MAX_PER_SOLUTION = 20;

	public Measurement {
		before = normalized(before);
		after = normalized(after);
		period = ScenarioContent.blank(period) ? null : period.strip();
		site = ScenarioContent.blank(site) ? null : site.strip();
	}

	/**
	 * What is wrong with the figures, as problems the forms and the import name in the
	 * reader's language; empty when the measurement can be stored.
	 */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (this.kpiId == null) {
			problems.add(Problem.KPI);
		}
		if (this.unit == null) {
			problems.add(Problem.UNIT);
		}
		if (this.before == null || (this.unit != null && !this.unit.allows(this.before))) {
			problems.add(Problem.BEFORE);
		}
		if (this.after == null || (this.unit != null && !this.unit.allows(this.after))) {
			problems.add(Problem.AFTER);
		}
		if (this.period != null && this.period.length() > MAX_PERIOD) {
			problems.add(Problem.PERIOD);
		}
		if (this.site != null && this.site.length() > MAX_SITE) {
			problems.add(Problem.SITE);
		}
		return problems;
	}

	/** The same figures credited to {@code userId}. */
	public Measurement reportedBy(Long userId) {
		return new Measurement(this.kpiId, this.before, this.after, this.unit, this.period, this.site, userId);
	}

	/** Whether both say the same, whoever reported them. */
	public boolean sameFigures(Measurement other) {
		return Objects.equals(this.kpiId, other.kpiId) && Objects.equals(this.before, other.before)
				&& Objects.equals(this.after, other.after) && this.unit == other.unit
				&& Objects.equals(this.period, other.period) && Objects.equals(this.site, other.site);
	}

	/** After minus before, in the unit. */
	public BigDecimal change() {
		return this.after.subtract(this.before);
	}

	/**
	 * The change as a share of the value before (-0.52 for 12.5 → 6); {@code null} when
	 * the value before was zero.
	 */
	public Double relativeChange() {
		if (this.before.signum() == 0) {
			return null;
		}
		return change().divide(this.before, 6, RoundingMode.HALF_EVEN).doubleValue();
	}

	/**
	 * The relative change turned by the KPI's direction, so a positive figure is better;
	 * {@code null} when the value before was zero.
	 */
	public Double improvement(KpiDirection direction) {
		Double relative = relativeChange();
		return relative == null ? null : direction.improvement(relative);
	}

	/** Better, worse or unchanged by the KPI's direction. */
	public Verdict verdict(KpiDirection direction) {
		double improvement = direction.improvement(change().doubleValue());
		return improvement > 0 ? Verdict.BETTER : improvement < 0 ? Verdict.WORSE : Verdict.SAME;
	}

	/**
	 * One line for people (history diffs, Markdown): {@code 放弃率: 12.5 → 6 % (2周, site)}.
	 */
	public String summary(String kpiName) {
		StringBuilder line = new StringBuilder(kpiName).append(": ")
			.append(plain(this.before))
			.append(" → ")
			.append(plain(this.after));
		if (this.unit != null && !this.unit.symbol().isEmpty()) {
			line.append(' ').append(this.unit.symbol());
		}
		else if (this.unit != null) {
			line.append(' ').append(this.unit.code());
		}
		String where = String.join(", ", Stream.of(this.period, this.site).filter(Objects::nonNull).toList());
		if (!where.isEmpty()) {
			line.append(" (").append(where).append(')');
		}
		return line.toString();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "?" : value.toPlainString();
	}

	/**
	 * Three decimals at most and no trailing zeros, so 12.5 and 12.50 are the same text
	 * (and no revision is made for retyping one as the other).
	 */
	static BigDecimal normalized(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** What a measurement can lack or get wrong; each has a message. */
	public enum Problem {

		KPI, UNIT, BEFORE, AFTER, PERIOD, SITE;

		public String messageKey() {
			return "measurement.error." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** How a change reads against the KPI's direction. */
	public enum Verdict {

		BETTER, WORSE, SAME

	}

}
