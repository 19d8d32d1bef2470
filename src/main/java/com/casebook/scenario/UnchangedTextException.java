package com.casebook.scenario;

/**
 * A save whose text is the same as the latest revision: refused, so that it makes no
 * revision, announces nothing and earns nothing. The person's form is shown again with a
 * message.
 */
public class UnchangedTextException extends RuntimeException {

	private final Long scenarioId;

	private final Long solutionId;

	public UnchangedTextException(Long scenarioId, Long solutionId) {
		super("Scenario " + scenarioId + (solutionId == null ? "" : " solution " + solutionId)
				+ ": the text saved is the same as the latest revision");
		this.scenarioId = scenarioId;
		this.solutionId = solutionId;
	}

	public Long scenarioId() {
		return this.scenarioId;
	}

	public Long solutionId() {
		return this.solutionId;
	}

}
