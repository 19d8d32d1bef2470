package com.casebook.scenario;

/**
 * A frequent or severe scenario with nothing adopted yet, with the evidence an editor
 * weighs before adopting one of its solutions: how many trusted measurements back its
 * best-measured solution, that solution's median relative improvement (positive is
 * better, {@code null} when nothing is measured) and how often its solutions were
 * applied.
 */
public record SopCandidate(Scenario scenario, int reports, Double medianImprovement, int applications) {

	/** The median improvement as a whole percentage; {@code null} when unmeasured. */
	public Long improvementPercent() {
		return this.medianImprovement == null ? null : Math.round(this.medianImprovement * 100);
	}

}
