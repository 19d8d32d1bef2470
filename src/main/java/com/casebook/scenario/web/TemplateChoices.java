package com.casebook.scenario.web;

import java.util.Arrays;
import java.util.List;

import com.casebook.scenario.Frequency;
import com.casebook.scenario.Severity;
import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the template's pickers offer: categories (flattened tree), channels, business
 * lines, KPIs, tags, frequency and severity.
 */
@Component
class TemplateChoices {

	private final Taxonomy taxonomy;

	TemplateChoices(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	void addTo(Model model) {
		model.addAttribute("categoryOptions", flatten(this.taxonomy.categoryTree()));
		model.addAttribute("channelOptions", active(ReferenceKind.CHANNEL));
		model.addAttribute("businessLineOptions", active(ReferenceKind.BUSINESS_LINE));
		model.addAttribute("kpiOptions", active(ReferenceKind.KPI));
		model.addAttribute("tagOptions", this.taxonomy.pickableTags());
		model.addAttribute("frequencyOptions", Arrays.asList(Frequency.values()));
		model.addAttribute("severityOptions", Arrays.asList(Severity.values()));
	}

	private List<ReferenceView> active(ReferenceKind kind) {
		return this.taxonomy.referenceList(kind).stream().filter(ReferenceView::active).toList();
	}

	private static List<CategoryView> flatten(List<CategoryView> roots) {
		List<CategoryView> all = new java.util.ArrayList<>();
		roots.forEach(root -> {
			all.add(root);
			all.addAll(flatten(root.children()));
		});
		return all;
	}

}
