package com.casebook.scenario;

/**
 * A save based on a revision that is no longer the latest: somebody else saved in
 * between. Nothing was written; the person's text must be shown again next to the other
 * version.
 */
public class EditConflictException extends RuntimeException {

	private final Long scenarioId;

	private final Long solutionId;

	private final int baseRevision;

	private final int currentRevision;

	public EditConflictException(Long scenarioId, Long solutionId, int baseRevision, int currentRevision) {
		super("Scenario " + scenarioId + (solutionId == null ? "" : " solution " + solutionId)
				+ " was edited from revision " + baseRevision + " but is at revision " + currentRevision);
		this.scenarioId = scenarioId;
		this.solutionId = solutionId;
		this.baseRevision = baseRevision;
		this.currentRevision = currentRevision;
	}

	public Long scenarioId() {
		return this.scenarioId;
	}

	public Long solutionId() {
		return this.solutionId;
	}

	public int baseRevision() {
		return this.baseRevision;
	}

	public int currentRevision() {
		return this.currentRevision;
	}

}
