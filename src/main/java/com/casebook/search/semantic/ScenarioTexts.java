package com.casebook.search.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.Solution;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The texts a scenario is embedded from, one per {@link VectorKind}:
 * <ul>
 * <li>content: the title, the situation and what its solutions do, in the order they were
 * added (so adopting another solution, which reorders the page, changes nothing);</li>
 * <li>names: the title and the Chinese names it is filed under: its tags with their
 * Chinese synonyms, its category path and its KPIs (tags, KPIs and synonyms sorted: the
 * text, hence its hash, must not depend on the order a set is loaded in). bge-small-zh is
 * a Chinese model; the vocabulary's Chinese names are what lets a Chinese paraphrase
 * reach an English scenario.</li>
 * </ul>
 * The names come from the taxonomy's snapshot: a rename changes the text, hence its hash,
 * and the scenarios filed under the renamed entry are embedded again when they are
 * reindexed.
 */
@Component
class ScenarioTexts {

	private final ObjectProvider<Taxonomy> taxonomy;

	ScenarioTexts(ObjectProvider<Taxonomy> taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** Both texts, content first. */
	List<ScenarioText> of(Scenario scenario) {
		return List.of(content(scenario), names(scenario));
	}

	static ScenarioText content(Scenario scenario) {
		StringBuilder text = new StringBuilder(scenario.getTitle()).append('\n')
			.append(nonNull(scenario.getSituation()));
		for (Solution solution : scenario.getSolutionsInOrderAdded()) {
			text.append('\n').append(nonNull(solution.getActions()));
		}
		return ScenarioText.of(scenario.getId(), VectorKind.CONTENT, text.toString());
	}

	ScenarioText names(Scenario scenario) {
		Taxonomy taxonomy = this.taxonomy.getObject();
		List<String> names = new ArrayList<>();
		for (TagView tag : taxonomy.tags(new TreeSet<>(scenario.getTagIds()))) {
			names.add(chinese(tag.name()));
			tag.synonyms().stream().filter(ScenarioTexts::hasHan).sorted().forEach(names::add);
		}
		taxonomy.category(scenario.getCategoryId())
			.ifPresent(category -> category.path().forEach(name -> names.add(chinese(name))));
		taxonomy.references(new TreeSet<>(scenario.getKpiIds())).forEach(kpi -> names.add(chinese(kpi.name())));
		String labels = String.join("，", names.stream().filter(name -> name != null && !name.isBlank()).toList());
		return ScenarioText.of(scenario.getId(), VectorKind.NAMES, scenario.getTitle() + "\n" + labels);
	}

	private static String chinese(LocalizedName name) {
		return (name.zh() != null) ? name.zh() : name.en();
	}

	private static boolean hasHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
