package com.casebook.revision;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads revision snapshots back and lists their fields as a person reads them (names
 * instead of ids), so two snapshots can be compared field by field.
 */
@Component
class ContentSnapshots {

	private final JsonMapper json;

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	ContentSnapshots(JsonMapper json, Taxonomy taxonomy, MessageSource messages) {
		this.json = json;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	ScenarioContent scenario(Revision revision) {
		return this.json.readValue(revision.getContent(), ScenarioContent.class);
	}

	SolutionContent solution(Revision revision) {
		return this.json.readValue(revision.getContent(), SolutionContent.class);
	}

	List<FieldDiff> compare(Revision from, Revision to, Locale locale) {
		if (from.isOfSolution()) {
			SolutionContent a = solution(from);
			SolutionContent b = solution(to);
			return List.of(FieldDiff.of(label("solution.actions", locale), a.actions(), b.actions()),
					FieldDiff.of(label("solution.effect", locale), a.effect(), b.effect()),
					FieldDiff.of(label("solution.prevention", locale), a.prevention(), b.prevention()), FieldDiff
						.of(label("solution.measurements", locale), measurements(a, locale), measurements(b, locale)));
		}
		ScenarioContent a = scenario(from);
		ScenarioContent b = scenario(to);
		return List.of(FieldDiff.of(label("scenario.title", locale), a.title(), b.title()),
				FieldDiff.of(label("scenario.situation", locale), a.situation(), b.situation()),
				FieldDiff.of(label("scenario.category", locale), category(a, locale), category(b, locale)),
				FieldDiff.of(label("scenario.channel", locale), reference(a.channelId(), locale),
						reference(b.channelId(), locale)),
				FieldDiff.of(label("scenario.businessLine", locale), reference(a.businessLineId(), locale),
						reference(b.businessLineId(), locale)),
				FieldDiff.of(label("scenario.kpis", locale), kpis(a, locale), kpis(b, locale)),
				FieldDiff.of(label("scenario.tags", locale), tags(a, locale), tags(b, locale)),
				FieldDiff.of(label("scenario.frequency", locale), enumLabel("frequency", a.frequency(), locale),
						enumLabel("frequency", b.frequency(), locale)),
				FieldDiff.of(label("scenario.severity", locale), enumLabel("severity", a.severity(), locale),
						enumLabel("severity", b.severity(), locale)));
	}

	private String measurements(SolutionContent content, Locale locale) {
		return content.measurements()
			.stream()
			.map(m -> m.summary(reference(m.kpiId(), locale)))
			.collect(Collectors.joining("\n"));
	}

	private String category(ScenarioContent content, Locale locale) {
		return this.taxonomy.category(content.categoryId()).map(c -> c.pathIn(locale)).orElse("");
	}

	private String reference(Long id, Locale locale) {
		return this.taxonomy.reference(id).map(r -> r.nameIn(locale)).orElse("");
	}

	private String kpis(ScenarioContent content, Locale locale) {
		return this.taxonomy.references(content.kpiIds().stream().sorted().toList())
			.stream()
			.map(r -> r.nameIn(locale))
			.collect(Collectors.joining("、"));
	}

	private String tags(ScenarioContent content, Locale locale) {
		return this.taxonomy.tags(content.tagIds().stream().sorted().toList())
			.stream()
			.map(t -> t.name())
			.map(LocalizedName::both)
			.collect(Collectors.joining("、"));
	}

	private String enumLabel(String prefix, Enum<?> value, Locale locale) {
		return value == null ? "" : label(prefix + "." + value.name(), locale);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
