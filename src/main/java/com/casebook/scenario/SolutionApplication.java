package com.casebook.scenario;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * "I applied this": one person used one solution, optionally on a ticket, with a one-line
 * outcome. At most one per person and solution (a unique key in the database).
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

	protected SolutionApplication() {
	}

	SolutionApplication(long scenarioId, long solutionId, long userId, String ticket, String outcome, Instant now) {
		this.scenarioId = scenarioId;
		this.solutionId = solutionId;
		this.userId = userId;
		this.ticket = ticket;
		this.outcome = outcome;
		this.createdAt = now;
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
