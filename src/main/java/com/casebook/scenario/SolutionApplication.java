package com.casebook.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * "I applied this": one person used one solution, optionally on a ticket, with a one-line
 * outcome and, if they measured it, their own before / after figures ("it worked here
 * too"). At most one per person and solution (a unique key in the database).
 */
@Entity
@Immutable
public class SolutionApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long solutionId;

	@Column(nullable = false)
	private long scenarioId;

	@Column(nullable = false)
	private long userId;

	private String ticket;

	private String outcome;

	@Column(nullable = false)
	private Instant createdAt;

	private Long kpiId;

	@Column(name = "before_value")
	private BigDecimal before;

	@Column(name = "after_value")
	private BigDecimal after;

	@Enumerated(EnumType.STRING)
	private MeasureUnit unit;

	private String period;

	private String site;

	protected SolutionApplication() {
	}

	SolutionApplication(long scenarioId, long solutionId, long userId, String ticket, String outcome,
			Measurement measurement, Instant now) {
		this.scenarioId = scenarioId;
		this.solutionId = solutionId;
		this.userId = userId;
		this.ticket = ticket;
		this.outcome = outcome;
		this.createdAt = now;
		if (measurement != null) {
			if (!measurement.problems().isEmpty()) {
				throw new IllegalArgumentException("A measurement is incomplete or out of range");
			}
			this.kpiId = measurement.kpiId();
			this.before = measurement.before();
			this.after = measurement.after();
			this.unit = measurement.unit();
			this.period = measurement.period();
			this.site = measurement.site();
		}
	}

	/** The figures the person measured where they applied it, reported by them. */
	public Optional<Measurement> getMeasurement() {
		return this.kpiId == null ? Optional.empty() : Optional
			.of(new Measurement(this.kpiId, this.before, this.after, this.unit, this.period, this.site, this.userId));
	}

	public long getSolutionId() {
		return this.solutionId;
	}

	public long getUserId() {
		return this.userId;
	}

	public String getTicket() {
		return this.ticket;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
