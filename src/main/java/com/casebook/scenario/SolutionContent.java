package com.casebook.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The template of one solution: the value object the aggregate stores, the forms and the
 * importer build, and revisions and exports serialize. Only the record components are
 * serialized, so helper methods here must not look like getters.
 */
public record SolutionContent(String actions, String effect, String prevention) {

	/** The template's limits, shared by the forms and the import. */
	public static final int MAX_ACTIONS = 20000;

	public static final int MAX_EFFECT = 10000;

	public static final int MAX_PREVENTION = 10000;

	public SolutionContent {
		// an optional field left empty is no text at all
		prevention = ScenarioContent.blank(prevention) ? null : prevention;
	}

	/** A solution of these actions and effect, without prevention. */
	public static SolutionContent of(String actions, String effect) {
		return new SolutionContent(actions, effect, null);
	}

	public SolutionContent withPrevention(String prevention) {
		return new SolutionContent(this.actions, this.effect, prevention);
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
