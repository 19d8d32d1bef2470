package com.casebook.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.casebook.taxonomy.FiledScenarios;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.VocabularyMerges.CategoryMerged;
import com.casebook.taxonomy.VocabularyMerges.TagsMerged;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenario side of the vocabulary: answers the taxonomy's counts of filed scenarios,
 * and refiles scenarios when tags or categories are merged. Refiling runs synchronously
 * in the curator's transaction and goes through each aggregate, locked in id order, so
 * its version and revision move on (a form opened before the merge is refused as an edit
 * conflict instead of putting the old tag back, and the history says who merged what) and
 * the search outbox sees the change.
 */
@Component
class VocabularyRefiling implements FiledScenarios {

	private final ScenarioRepository scenarios;

	private final MessageSource messages;

	VocabularyRefiling(ScenarioRepository scenarios, MessageSource messages) {
		this.scenarios = scenarios;
		this.messages = messages;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(TagsMerged merged) {
		String summary = summary("revision.summary.tagMerged", merged.source(), merged.target());
		for (Scenario scenario : lockEach(this.scenarios.findIdsTaggedWith(merged.sourceId()))) {
			scenario.retag(merged.sourceId(), merged.targetId(), merged.curatorId(), summary);
			this.scenarios.save(scenario);
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CategoryMerged merged) {
		String summary = summary("revision.summary.categoryMerged", merged.source(), merged.target());
		for (Scenario scenario : lockEach(this.scenarios.findIdsByCategoryId(merged.sourceId()))) {
			scenario.refile(merged.sourceId(), merged.targetId(), merged.curatorId(), summary);
			this.scenarios.save(scenario);
		}
	}

	/** In the curator's language, as the summaries people type are. */
	private String summary(String key, LocalizedName source, LocalizedName target) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, new Object[] { source.in(locale), target.in(locale) }, locale);
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
