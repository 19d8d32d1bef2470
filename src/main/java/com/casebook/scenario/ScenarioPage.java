package com.casebook.scenario;

import java.util.List;
import java.util.Map;

import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.TagView;
import com.casebook.user.UserSummary;

/**
 * Everything the scenario page shows, resolved in one go. {@code views} includes the
 * views counted but not written to the database yet.
 */
public record ScenarioPage(Scenario scenario, CategoryView category, ReferenceView channel, ReferenceView businessLine,
		List<ReferenceView> kpis, List<TagView> tags, Map<Long, UserSummary> people, long views,
		Map<Long, SolutionEvidence> evidence) {

	ScenarioPage withOneMoreView() {
		return new ScenarioPage(this.scenario, this.category, this.channel, this.businessLine, this.kpis, this.tags,
				this.people, this.views + 1, this.evidence);
	}

	/**
	 * The measured effect of one solution, by its authors and by those who applied it.
	 */
	public SolutionEvidence evidence(long solutionId) {
		return this.evidence.getOrDefault(solutionId, SolutionEvidence.NONE);
	}

	public UserSummary person(long id) {
		return this.people.get(id);
	}

}
