package com.casebook.scenario;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import com.casebook.taxonomy.LocalizedName;
import com.casebook.user.UserSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One scenario as a Markdown document (to share, print or paste into an SOP draft), with
 * the field names in the reader's language.
 */
@Component
public class ScenarioMarkdown {

	private final MessageSource messages;

	ScenarioMarkdown(MessageSource messages) {
		this.messages = messages;
	}

	public String of(ScenarioPage page, Locale locale) {
		Scenario s = page.scenario();
		String separator = label("list.separator", locale);
		StringBuilder md = new StringBuilder();
		md.append("# ").append(s.getTitle()).append("\n\n");
		fact(md, "scenario.category", page.category() == null ? null : page.category().pathIn(locale), locale);
		fact(md, "scenario.channel", page.channel() == null ? null : page.channel().nameIn(locale), locale);
		fact(md, "scenario.businessLine", page.businessLine() == null ? null : page.businessLine().nameIn(locale),
				locale);
		fact(md, "scenario.kpis",
				page.kpis().stream().map(k -> k.nameIn(locale)).collect(Collectors.joining(separator)), locale);
		fact(md, "scenario.tags",
				page.tags().stream().map(t -> t.name()).map(LocalizedName::both).collect(Collectors.joining(separator)),
				locale);
		fact(md, "scenario.frequency", s.getFrequency() == null ? null : label("frequency." + s.getFrequency(), locale),
				locale);
		fact(md, "scenario.severity", s.getSeverity() == null ? null : label("severity." + s.getSeverity(), locale),
				locale);
		fact(md, "scenario.author", name(page, s.getAuthorId()), locale);
		md.append("\n## ")
			.append(label("scenario.situation", locale))
			.append("\n\n")
			.append(s.getSituation().strip())
			.append("\n");
		int number = 1;
		for (Solution solution : s.getSolutions()) {
			md.append("\n## ").append(label("scenario.solution.number", locale, number++));
			if (solution.isAdopted()) {
				md.append(" (").append(label("scenario.adopted", locale)).append(")");
			}
			md.append("\n\n*")
				.append(label("scenario.solution.by", locale, name(page, solution.getAuthorId())))
				.append("*\n\n");
			md.append("### ")
				.append(label("solution.actions", locale))
				.append("\n\n")
				.append(solution.getActions().strip())
				.append("\n\n");
			md.append("### ")
				.append(label("solution.effect", locale))
				.append("\n\n")
				.append(solution.getEffect().strip())
				.append("\n");
			String measured = measured(page.evidence(solution.getId()), locale);
			if (!measured.isEmpty()) {
				md.append("\n### ").append(label("solution.measurements", locale)).append("\n\n").append(measured);
			}
			if (solution.getPrevention() != null) {
				md.append("\n### ")
					.append(label("solution.prevention", locale))
					.append("\n\n")
					.append(solution.getPrevention().strip())
					.append("\n");
			}
		}
		return md.toString();
	}

	/**
	 * The adopted solution as a standard operating procedure: when it applies (the
	 * situation), what to do, what to expect, how to prevent it, and who adopted it when.
	 */
	public String sop(ScenarioPage page, Locale locale) {
		Scenario s = page.scenario();
		Solution adopted = s.adoptedSolution()
			.orElseThrow(() -> new IllegalStateException("Scenario " + s.getId() + " has no adopted solution"));
		StringBuilder md = new StringBuilder();
		md.append("# ").append(label("sop.heading", locale, s.getTitle())).append("\n\n");
		fact(md, "scenario.category", page.category() == null ? null : page.category().pathIn(locale), locale);
		fact(md, "scenario.channel", page.channel() == null ? null : page.channel().nameIn(locale), locale);
		fact(md, "scenario.kpis",
				page.kpis()
					.stream()
					.map(k -> k.nameIn(locale))
					.collect(Collectors.joining(label("list.separator", locale))),
				locale);
		fact(md, "sop.author", name(page, adopted.getAuthorId()), locale);
		if (adopted.getAdoptedAt() != null) {
			fact(md, "sop.adopted",
					DateTimeFormatter.ISO_LOCAL_DATE.format(adopted.getAdoptedAt().atZone(ZoneOffset.UTC))
							+ (adopted.getAdoptedBy() == null ? "" : " · " + name(page, adopted.getAdoptedBy())),
					locale);
		}
		if (adopted.getAdoptionNote() != null) {
			fact(md, "sop.adoptionNote", adopted.getAdoptionNote(), locale);
		}
		section(md, "sop.when", s.getSituation(), locale);
		section(md, "sop.procedure", adopted.getActions(), locale);
		section(md, "sop.expected", adopted.getEffect(), locale);
		String measured = measured(page.evidence(adopted.getId()), locale);
		if (!measured.isEmpty()) {
			section(md, "solution.measurements", measured, locale);
		}
		if (adopted.getPrevention() != null && !adopted.getPrevention().isBlank()) {
			section(md, "solution.prevention", adopted.getPrevention(), locale);
		}
		return md.toString();
	}

	/**
	 * The measured effect as a list, one KPI a line: the median figures over every
	 * report, how many reports and sites.
	 */
	private String measured(SolutionEvidence evidence, Locale locale) {
		StringBuilder md = new StringBuilder();
		for (SolutionEvidence.KpiEvidence k : evidence.kpis()) {
			md.append("- ")
				.append(k.kpi().nameIn(locale))
				.append(": ")
				.append(k.medianBefore().toPlainString())
				.append(" → ")
				.append(k.medianAfter().toPlainString())
				.append(' ')
				.append(label("measurement.unit." + k.unit().name(), locale))
				.append(" (")
				.append(label("evidence.reports", locale, k.reports(), k.sites()))
				.append(")\n");
		}
		return md.toString();
	}

	private void section(StringBuilder md, String key, String text, Locale locale) {
		md.append("\n## ").append(label(key, locale)).append("\n\n").append(text.strip()).append("\n");
	}

	private void fact(StringBuilder md, String key, String value, Locale locale) {
		if (value != null && !value.isBlank()) {
			md.append("- **").append(label(key, locale)).append("**: ").append(value).append("\n");
		}
	}

	private static String name(ScenarioPage page, long id) {
		UserSummary person = page.person(id);
		return person == null ? "" : person.displayName();
	}

	private String label(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
