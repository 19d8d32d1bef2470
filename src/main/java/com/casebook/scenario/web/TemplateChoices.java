package com.casebook.scenario.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.casebook.scenario.Frequency;
import com.casebook.scenario.MeasureUnit;
import com.casebook.scenario.Severity;
import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the template's pickers offer: categories (flattened tree), channels, business
 * lines, KPIs, tags, frequency and severity.
 */
@Component
class TemplateChoices {

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	TemplateChoices(Taxonomy taxonomy, MessageSource messages) {
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	/**
	 * One option of a picker: the value sent and the label shown in the reader's language
	 * (for the {@code fragments/fields :: select} fragment).
	 */
	record Choice(Object value, String label) {
	}

	void addTo(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ReferenceView> channels = active(ReferenceKind.CHANNEL);
		List<ReferenceView> businessLines = active(ReferenceKind.BUSINESS_LINE);
		model.addAttribute("categoryChoices",
				flatten(this.taxonomy.categoryTree()).stream().map(c -> new Choice(c.id(), c.pathIn(locale))).toList());
		model.addAttribute("channelOptions", channels);
		model.addAttribute("channelChoices", references(channels, locale));
		model.addAttribute("businessLineOptions", businessLines);
		model.addAttribute("businessLineChoices", references(businessLines, locale));
		addMeasurementChoicesTo(model);
		model.addAttribute("tagOptions", this.taxonomy.pickableTags());
		model.addAttribute("frequencyChoices", labelled("frequency.", Frequency.values(), locale));
		model.addAttribute("severityChoices", labelled("severity.", Severity.values(), locale));
	}

	/** The KPIs and units a measurement row offers. */
	void addMeasurementChoicesTo(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("kpiOptions", active(ReferenceKind.KPI));
		model.addAttribute("unitChoices", labelled("measurement.unit.", MeasureUnit.values(), locale));
	}

	/** A KPI's name in the reader's language, for lines that list measurements. */
	String kpiName(Long id) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.taxonomy.reference(id).map(r -> r.nameIn(locale)).orElse("#" + id);
	}

	private static List<Choice> references(List<ReferenceView> references, Locale locale) {
		return references.stream().map(r -> new Choice(r.id(), r.nameIn(locale))).toList();
	}

	private List<Choice> labelled(String prefix, Enum<?>[] values, Locale locale) {
		return Arrays.stream(values)
			.map(v -> new Choice(v, this.messages.getMessage(prefix + v.name(), null, v.name(), locale)))
			.toList();
	}

	private List<ReferenceView> active(ReferenceKind kind) {
		return this.taxonomy.referenceList(kind).stream().filter(ReferenceView::active).toList();
	}

	private static List<CategoryView> flatten(List<CategoryView> roots) {
		List<CategoryView> all = new ArrayList<>();
		roots.forEach(root -> {
			all.add(root);
			all.addAll(flatten(root.children()));
		});
		return all;
	}

}
