package com.casebook.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.casebook.importer.ScenarioRecord.MeasurementRecord;
import com.casebook.importer.ScenarioRecord.SolutionRecord;
import com.casebook.scenario.Frequency;
import com.casebook.scenario.ScenarioImport.ImportedScenario;
import com.casebook.scenario.ScenarioImport.ImportedScenario.Contribution;
import com.casebook.scenario.MeasureUnit;
import com.casebook.scenario.Measurement;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.scenario.Severity;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TemplateField;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.TagCuration.TagFields;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.springframework.stereotype.Component;

/**
 * Checks a record against the template's rules and limits and resolves its names to ids,
 * creating the vocabulary it names but the catalogue does not have yet. Every limit is
 * checked before anything is created, so a refused record leaves no stray tags behind.
 */
@Component
class RecordConverter {

	/** The longest external ref the catalogue keeps. */
	static final int MAX_REF = 100;

	/**
	 * Tags (and KPIs) one scenario may carry: enough for any real scenario, few enough to
	 * read.
	 */
	static final int MAX_TAGS = 20;

	private final Taxonomy taxonomy;

	private final UserDirectory users;

	RecordConverter(Taxonomy taxonomy, UserDirectory users) {
		this.taxonomy = taxonomy;
		this.users = users;
	}

	ImportedScenario convert(ScenarioRecord record, UserSummary defaultAuthor, Instant createdAt) {
		List<SolutionRecord> solutionRecords = record.solutions().stream().filter(Objects::nonNull).toList();
		List<TemplateField> missing = ScenarioContent.missingForReview(record.title(), record.situation(),
				!blank(record.category()), solutionRecords.size());
		if (missing.contains(TemplateField.TITLE)) {
			throw missing(TemplateField.TITLE);
		}
		ScenarioStatus status = parse(ScenarioStatus.class, record.status(), "status", ScenarioStatus.PUBLISHED);
		// a draft may be unfinished, as in the template form; anything further needs the
		// whole template
		if (status != ScenarioStatus.DRAFT) {
			missing.stream().filter(field -> field != TemplateField.SOLUTION).findFirst().ifPresent(field -> {
				throw missing(field);
			});
		}
		if (status == ScenarioStatus.MERGED) {
			throw new InvalidRecordException("import.line.merged");
		}
		if (status != ScenarioStatus.DRAFT && missing.contains(TemplateField.SOLUTION)) {
			throw new InvalidRecordException("import.line.solutionRequired");
		}
		if (solutionRecords.stream().filter(SolutionRecord::adopted).count() > 1) {
			throw new InvalidRecordException("import.line.oneAdopted");
		}
		checkLengths(record, solutionRecords);
		List<TagFields> tags = tags(record.tags());
		long authorId = author(record.author(), defaultAuthor);
		List<Contribution> solutions = solutionRecords.stream().map(s -> solution(s, authorId, defaultAuthor)).toList();
		Long category = blank(record.category()) ? null : this.taxonomy.categoryForPath(record.category());
		ScenarioContent content = ScenarioContent.builder()
			.title(record.title())
			.situation(record.situation())
			.categoryId(category)
			.channelId(reference(ReferenceKind.CHANNEL, record.channel()))
			.businessLineId(reference(ReferenceKind.BUSINESS_LINE, record.businessLine()))
			.kpiIds(references(record.kpis()))
			.tagIds(tags.isEmpty() ? Set.of() : new LinkedHashSet<>(this.taxonomy.tagsFor(tags, TagStatus.ACTIVE)))
			.frequency(parse(Frequency.class, record.frequency(), "frequency", null))
			.severity(parse(Severity.class, record.severity(), "severity", null))
			.build()
			.normalized();
		return new ImportedScenario(blankToNull(record.ref()), authorId, content, solutions, status, createdAt);
	}

	private static void checkLengths(ScenarioRecord record, List<SolutionRecord> solutions) {
		limit(record.ref(), "ref", MAX_REF);
		limit(record.title() == null ? null : record.title().trim(), "title", ScenarioContent.MAX_TITLE);
		limit(record.situation(), "situation", ScenarioContent.MAX_SITUATION);
		if (!blank(record.category())) {
			if (Arrays.stream(record.category().split("/")).allMatch(String::isBlank)) {
				throw new InvalidRecordException("import.line.required", "category");
			}
			Arrays.stream(record.category().split("/"))
				.forEach(part -> limit(part.trim(), "category", Taxonomy.MAX_NAME));
		}
		limit(trimmed(record.channel()), "channel", Taxonomy.MAX_NAME);
		limit(trimmed(record.businessLine()), "businessLine", Taxonomy.MAX_NAME);
		count(record.kpis(), "kpis");
		record.kpis().forEach(kpi -> limit(trimmed(kpi), "kpis", Taxonomy.MAX_NAME));
		count(record.tags(), "tags");
		for (TagRecord tag : record.tags()) {
			if (tag == null) {
				continue;
			}
			limit(tag.zh(), "tags", Taxonomy.MAX_TAG_NAME);
			limit(tag.en(), "tags", Taxonomy.MAX_TAG_NAME);
			limit(tag.group(), "tags.group", Taxonomy.MAX_TAG_GROUP);
			tag.synonyms().forEach(synonym -> limit(synonym, "tags.synonyms", Taxonomy.MAX_TAG_NAME));
		}
		for (SolutionRecord solution : solutions) {
			limit(solution.actions(), "solutions.actions", SolutionContent.MAX_ACTIONS);
			limit(solution.effect(), "solutions.effect", SolutionContent.MAX_EFFECT);
			limit(solution.prevention(), "solutions.prevention", SolutionContent.MAX_PREVENTION);
		}
	}

	private Contribution solution(SolutionRecord record, long scenarioAuthorId, UserSummary defaultAuthor) {
		SolutionContent text = new SolutionContent(record.actions(), record.effect(), blankToNull(record.prevention()));
		text.missingFields().stream().findFirst().ifPresent(field -> {
			throw new InvalidRecordException("import.line.required", "solutions." + field.fieldName());
		});
		long authorId = blank(record.author()) ? scenarioAuthorId : author(record.author(), defaultAuthor);
		List<MeasurementRecord> records = record.measurements().stream().filter(Objects::nonNull).toList();
		if (records.size() > Measurement.MAX_PER_SOLUTION) {
			throw new InvalidRecordException("import.line.tooMany", "solutions.measurements",
					Measurement.MAX_PER_SOLUTION);
		}
		List<Measurement> measurements = records.stream().map(m -> measurement(m, authorId)).toList();
		return new Contribution(authorId, text.withMeasurements(measurements), record.adopted());
	}

	/**
	 * A measured effect of the line: its KPI and reporter must exist (a measurement never
	 * creates a KPI), its figures be plausible for the unit.
	 */
	private Measurement measurement(MeasurementRecord record, long solutionAuthorId) {
		if (blank(record.kpi())) {
			throw new InvalidRecordException("import.line.required", "measurements.kpi");
		}
		ReferenceView kpi = this.taxonomy.referenceCalled(ReferenceKind.KPI, record.kpi())
			.orElseThrow(() -> new InvalidRecordException("import.line.unknownKpi", record.kpi()));
		MeasureUnit unit = MeasureUnit.parse(record.unit());
		if (unit == null) {
			throw new InvalidRecordException("import.line.notOneOf", "measurements.unit", String.valueOf(record.unit()),
					"%, seconds, minutes, count, score");
		}
		long reporter = blank(record.reportedBy()) ? solutionAuthorId
				: this.users.findByUsername(record.reportedBy().trim())
					.map(UserSummary::id)
					.orElseThrow(() -> new InvalidRecordException("import.line.unknownReporter", record.reportedBy()));
		Measurement measurement = new Measurement(kpi.id(), record.before(), record.after(), unit, record.period(),
				record.site(), reporter);
		if (!measurement.problems().isEmpty()) {
			throw new InvalidRecordException("import.line.badMeasurement", record.kpi());
		}
		return measurement;
	}

	private long author(String username, UserSummary defaultAuthor) {
		if (blank(username)) {
			return defaultAuthor.id();
		}
		return this.users.findByUsername(username.trim())
			.map(UserSummary::id)
			.orElseThrow(() -> new InvalidRecordException("import.line.unknownAuthor", username));
	}

	private Long reference(ReferenceKind kind, String name) {
		return blank(name) ? null : this.taxonomy.referenceNamed(kind, name);
	}

	private Set<Long> references(List<String> names) {
		Set<Long> ids = new LinkedHashSet<>();
		names.stream().filter(n -> !blank(n)).forEach(n -> ids.add(reference(ReferenceKind.KPI, n)));
		return ids;
	}

	private static List<TagFields> tags(List<TagRecord> records) {
		List<TagFields> tags = new ArrayList<>();
		for (TagRecord tag : records) {
			if (tag != null && !tag.isEmpty()) {
				tags.add(new TagFields(tag.zh(), tag.en(), null, tag.group(), new LinkedHashSet<>(tag.synonyms())));
			}
		}
		return tags;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, E fallback) {
		if (blank(value)) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRecordException("import.line.notOneOf", field, value,
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		}
	}

	private static InvalidRecordException missing(TemplateField field) {
		return new InvalidRecordException("import.line.required", field.fieldName());
	}

	private static void limit(String value, String field, int max) {
		if (value != null && value.length() > max) {
			throw new InvalidRecordException("import.line.tooLong", field, max);
		}
	}

	private static void count(List<?> values, String field) {
		if (values.stream().filter(Objects::nonNull).count() > MAX_TAGS) {
			throw new InvalidRecordException("import.line.tooMany", field, MAX_TAGS);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return value == null ? null : value.trim();
	}

	private static String blankToNull(String value) {
		return blank(value) ? null : value.trim();
	}

}
