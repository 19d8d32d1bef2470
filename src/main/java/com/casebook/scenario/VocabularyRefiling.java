package com.casebook.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.casebook.taxonomy.FiledScenarios;
import com.casebook.taxonomy.VocabularyMerges.CategoryMerged;
import com.casebook.taxonomy.VocabularyMerges.TagsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenario side of the vocabulary: answers the taxonomy's counts of filed scenarios,
 * and refiles scenarios when tags or categories are merged. Refiling runs synchronously
 * in the curator's transaction and goes through each aggregate, locked in id order, so
 * its version moves on (a form opened before the merge is refused as an edit conflict
 * instead of putting the old tag back) and the search outbox sees the change.
 */
@Component
class VocabularyRefiling implements FiledScenarios {

	private final ScenarioRepository scenarios;

	VocabularyRefiling(ScenarioRepository scenarios) {
		this.scenarios = scenarios;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(TagsMerged merged) {
		lockEach(this.scenarios.findIdsTaggedWith(merged.sourceId()))
			.forEach(scenario -> scenario.retag(merged.sourceId(), merged.targetId()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CategoryMerged merged) {
		lockEach(this.scenarios.findIdsByCategoryId(merged.sourceId()))
			.forEach(scenario -> scenario.refile(merged.sourceId(), merged.targetId()));
	}

	@Override
	public Map<Long, Long> countsByCategory() {
		return counts(this.scenarios.countByCategory());
	}

	@Override
	public long countIn(Set<Long> categoryIds) {
		return categoryIds.isEmpty() ? 0 : this.scenarios.countByCategoryIdIn(categoryIds);
	}

	@Override
	public Map<Long, Long> publishedCountsByTag() {
		return counts(this.scenarios.countByTag(ScenarioStatus.PUBLISHED));
	}

	@Override
	public long countToRetag(long sourceId, long targetId) {
		return this.scenarios.countTaggedWithout(sourceId, targetId);
	}

	private List<Scenario> lockEach(Collection<Long> ids) {
		return ids.stream()
			.sorted()
			.map(id -> this.scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id)))
			.toList();
	}

	private static Map<Long, Long> counts(List<Object[]> rows) {
		return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

}
