package com.casebook.merge;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.casebook.scenario.Frequency;
import com.casebook.scenario.MergeSnapshot;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.scenario.Severity;

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

	private String targetTitle;

	private String targetSituation;

	private Long targetCategoryId;

	private Long targetChannelId;

	private Long targetBusinessLineId;

	@Enumerated(EnumType.STRING)
	private Frequency targetFrequency;

	@Enumerated(EnumType.STRING)
	private Severity targetSeverity;

	@Column(columnDefinition = "bigint[]")
	private Long[] targetKpiIds;

	@Column(columnDefinition = "bigint[]")
	private Long[] targetTagIds;

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
		ScenarioContent before = snapshot.targetBefore();
		this.targetTitle = before.title();
		this.targetSituation = before.situation();
		this.targetCategoryId = before.categoryId();
		this.targetChannelId = before.channelId();
		this.targetBusinessLineId = before.businessLineId();
		this.targetFrequency = before.frequency();
		this.targetSeverity = before.severity();
		this.targetKpiIds = before.kpiIds().toArray(Long[]::new);
		this.targetTagIds = before.tagIds().toArray(Long[]::new);
		this.movedSolutionIds = snapshot.movedSolutionIds().toArray(Long[]::new);
		this.movedCommentIds = snapshot.movedCommentIds().toArray(Long[]::new);
		this.unadoptedSolutionId = snapshot.unadoptedSolutionId();
	}

	MergeSnapshot snapshot() {
		ScenarioContent before = new ScenarioContent(this.targetTitle, this.targetSituation, this.targetCategoryId,
				this.targetChannelId, this.targetBusinessLineId, new LinkedHashSet<>(Arrays.asList(this.targetKpiIds)),
				new LinkedHashSet<>(Arrays.asList(this.targetTagIds)), this.targetFrequency, this.targetSeverity);
		return new MergeSnapshot(this.targetId, this.sourceId, this.sourceStatusBefore, before,
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
