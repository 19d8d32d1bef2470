package com.casebook.revision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One saved version of a scenario's text ({@code solutionId} null) or of one solution:
 * who, when, why and the full content as JSON. Never changed once written.
 */
@Entity
@Immutable
public class Revision {

	@Id
	// ids 50 at a time (pooled-lo, V41), so an import's inserts are batched
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_id")
	@SequenceGenerator(name = "revision_id", sequenceName = "revision_id_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long scenarioId;

	@Column(updatable = false)
	private Long solutionId;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(nullable = false, updatable = false)
	private long authorId;

	@Column(updatable = false)
	private String summary;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, updatable = false)
	private String content;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Revision() {
	}

	Revision(long scenarioId, Long solutionId, int number, long authorId, String summary, String content,
			Instant createdAt) {
		this.scenarioId = scenarioId;
		this.solutionId = solutionId;
		this.number = number;
		this.authorId = authorId;
		this.summary = (summary == null || summary.isBlank()) ? null : summary.trim();
		this.content = content;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getScenarioId() {
		return this.scenarioId;
	}

	public Long getSolutionId() {
		return this.solutionId;
	}

	public boolean isOfSolution() {
		return this.solutionId != null;
	}

	public int getNumber() {
		return this.number;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getContent() {
		return this.content;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
