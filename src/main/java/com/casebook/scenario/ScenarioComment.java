package com.casebook.scenario;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A reader's remark on a scenario (a question, a caveat, a thank-you).
 */
@Entity
public class ScenarioComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long scenarioId;

	@Column(nullable = false)
	private long authorId;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Instant createdAt;

	protected ScenarioComment() {
	}

	ScenarioComment(long scenarioId, long authorId, String body, Instant now) {
		this.scenarioId = scenarioId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getScenarioId() {
		return this.scenarioId;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
