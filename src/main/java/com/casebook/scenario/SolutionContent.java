package com.casebook.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The template of one solution: the value object the aggregate stores, the forms and the
 * importer build, and revisions and exports serialize. Only the record components are
 * serialized, so helper methods here must not look like getters.
 */
public record SolutionContent(String actions, String effect, String prevention, List<Measurement> measurements) {

	/** The template's limits, shared by the forms and the import. */
	public static final int MAX_ACTIONS = 20000;

	public static final int MAX_EFFECT = 10000;

	public static final int MAX_PREVENTION = 10000;

	public SolutionContent {
		// an optional field left empty is no text at all
		prevention = ScenarioContent.blank(prevention) ? null : prevention;
		// revisions saved before measurements existed have none
		measurements = measurements == null ? List.of() : List.copyOf(measurements);
	}

	public SolutionContent(String actions, String effect, String prevention) {
		this(actions, effect, prevention, List.of());
	}

	/** A solution of these actions and effect, without prevention. */
	public static SolutionContent of(String actions, String effect) {
		return new SolutionContent(actions, effect, null);
	}

	public SolutionContent withPrevention(String prevention) {
		return new SolutionContent(this.actions, this.effect, prevention, this.measurements);
	}

	public SolutionContent withMeasurements(List<Measurement> measurements) {
		return new SolutionContent(this.actions, this.effect, this.prevention, measurements);
	}

	/**
	 * The measurements with their reporters: a row saying what a row of {@code previous}
	 * said keeps that row's reporter, any other row without one is credited to
	 * {@code editorId}, who typed it.
	 */
	public SolutionContent creditMeasurements(SolutionContent previous, long editorId) {
		List<Measurement> earlier = previous == null ? List.of() : previous.measurements;
		List<Measurement> credited = this.measurements.stream().map(m -> {
			if (m.reportedBy() != null) {
				return m;
			}
			return earlier.stream()
				.filter(m::sameFigures)
				.findFirst()
				.map(e -> m.reportedBy(e.reportedBy()))
				.orElseGet(() -> m.reportedBy(editorId));
		}).toList();
		return withMeasurements(credited);
	}

	/** The fields the template requires of a solution that are still empty. */
	public List<TemplateField> missingFields() {
		List<TemplateField> missing = new ArrayList<>();
		if (ScenarioContent.blank(this.actions)) {
			missing.add(TemplateField.ACTIONS);
		}
		if (ScenarioContent.blank(this.effect)) {
			missing.add(TemplateField.EFFECT);
		}
		return missing;
	}

	/** Whether the solution has what the template requires (actions and an effect). */
	public boolean hasRequiredFields() {
		return missingFields().isEmpty();
	}

}
