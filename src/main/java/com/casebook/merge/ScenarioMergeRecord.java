package com.casebook.merge;

import java.time.Instant;
import java.util.Arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.casebook.scenario.MergeSnapshot;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioStatus;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One merge of a duplicate into a scenario: who, when, and what it takes to undo it. */
@Entity
@Table(name = "scenario_merge")
public class ScenarioMergeRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long targetId;

	private long sourceId;

	private long mergedBy;

	private Instant mergedAt;

	@Enumerated(EnumType.STRING)
	private ScenarioStatus sourceStatusBefore;

	/** The target's template before the merge, as a revision stores it. */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, updatable = false)
	private ScenarioContent targetBefore;

	@Column(columnDefinition = "bigint[]")
	private Long[] movedSolutionIds;

	@Column(columnDefinition = "bigint[]")
	private Long[] movedCommentIds;

	private Long unadoptedSolutionId;

	private Long undoneBy;

	private Instant undoneAt;

	protected ScenarioMergeRecord() {
	}

	ScenarioMergeRecord(MergeSnapshot snapshot, long editorId, Instant now) {
		this.targetId = snapshot.targetId();
		this.sourceId = snapshot.sourceId();
		this.mergedBy = editorId;
		this.mergedAt = now;
		this.sourceStatusBefore = snapshot.sourceStatusBefore();
		this.targetBefore = snapshot.targetBefore();
		this.movedSolutionIds = snapshot.movedSolutionIds().toArray(Long[]::new);
		this.movedCommentIds = snapshot.movedCommentIds().toArray(Long[]::new);
		this.unadoptedSolutionId = snapshot.unadoptedSolutionId();
	}

	MergeSnapshot snapshot() {
		return new MergeSnapshot(this.targetId, this.sourceId, this.sourceStatusBefore, this.targetBefore,
				Arrays.asList(this.movedSolutionIds), Arrays.asList(this.movedCommentIds), this.unadoptedSolutionId);
	}

	void undo(long editorId, Instant now) {
		if (isUndone()) {
			throw new IllegalStateException("Merge " + this.id + " was already undone");
		}
		this.undoneBy = editorId;
		this.undoneAt = now;
	}

	public boolean isUndone() {
		return this.undoneAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getTargetId() {
		return this.targetId;
	}

	public long getSourceId() {
		return this.sourceId;
	}

	public long getMergedBy() {
		return this.mergedBy;
	}

	public Instant getMergedAt() {
		return this.mergedAt;
	}

	public Long getUndoneBy() {
		return this.undoneBy;
	}

	public Instant getUndoneAt() {
		return this.undoneAt;
	}

	public int movedSolutionCount() {
		return this.movedSolutionIds.length;
	}

}
