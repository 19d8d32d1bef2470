package com.casebook.importer;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.casebook.importer.ScenarioRecord.SolutionRecord;
import com.casebook.scenario.Frequency;
import com.casebook.scenario.ScenarioAuthoring.ImportedScenario;
import com.casebook.scenario.ScenarioAuthoring.ImportedScenario.Contribution;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.scenario.Severity;
import com.casebook.scenario.SolutionContent;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.springframework.stereotype.Component;

/**
 * Checks a record against the template's rules and resolves its names to ids, creating the
 * vocabulary it names but the catalogue does not have yet.
 */
@Component
class RecordConverter {

	private final Taxonomy taxonomy;

	private final UserDirectory users;

	RecordConverter(Taxonomy taxonomy, UserDirectory users) {
		this.taxonomy = taxonomy;
		this.users = users;
	}

	ImportedScenario convert(ScenarioRecord record, UserSummary defaultAuthor, Instant createdAt) {
		require(record.title(), "title");
		ScenarioStatus status = parse(ScenarioStatus.class, record.status(), "status", ScenarioStatus.PUBLISHED);
		// a draft may be unfinished, as in the template form; anything further needs the whole template
		if (status != ScenarioStatus.DRAFT) {
			require(record.situation(), "situation");
			require(record.category(), "category");
		}
		if (status == ScenarioStatus.MERGED) {
			throw new InvalidRecordException("status must be DRAFT, SUBMITTED, PUBLISHED or ARCHIVED");
		}
		if (record.title().length() > 200) {
			throw new InvalidRecordException("title is longer than 200 characters");
		}
		if (status != ScenarioStatus.DRAFT && record.solutions().isEmpty()) {
			throw new InvalidRecordException("at least one solution is required unless the status is DRAFT");
		}
		if (record.solutions().stream().filter(SolutionRecord::adopted).count() > 1) {
			throw new InvalidRecordException("at most one solution can be adopted");
		}
		long authorId = author(record.author(), defaultAuthor);
		List<Contribution> solutions = record.solutions().stream().map(s -> solution(s, authorId, defaultAuthor)).toList();
		Long category = record.category() == null || record.category().isBlank() ? null
				: this.taxonomy.categoryForPath(record.category());
		ScenarioContent content = new ScenarioContent(record.title().trim(),
				record.situation() == null ? "" : record.situation(), category, reference(ReferenceKind.CHANNEL, record.channel()),
				reference(ReferenceKind.BUSINESS_LINE, record.businessLine()), references(record.kpis()),
				tags(record.tags()), parse(Frequency.class, record.frequency(), "frequency", null),
				parse(Severity.class, record.severity(), "severity", null));
		return new ImportedScenario(blankToNull(record.ref()), authorId, content, solutions, status, createdAt);
	}

	private Contribution solution(SolutionRecord record, long scenarioAuthorId, UserSummary defaultAuthor) {
		require(record.actions(), "solutions.actions");
		require(record.effect(), "solutions.effect");
		long authorId = record.author() == null || record.author().isBlank() ? scenarioAuthorId
				: author(record.author(), defaultAuthor);
		return new Contribution(authorId,
				new SolutionContent(record.actions(), record.effect(), blankToNull(record.prevention())),
				record.adopted());
	}

	private long author(String username, UserSummary defaultAuthor) {
		if (username == null || username.isBlank()) {
			return defaultAuthor.id();
		}
		return this.users.findByUsername(username.trim())
			.map(UserSummary::id)
			.orElseThrow(() -> new InvalidRecordException("unknown author '" + username + "'"));
	}

	private Long reference(ReferenceKind kind, String name) {
		return (name == null || name.isBlank()) ? null : this.taxonomy.referenceNamed(kind, name);
	}

	private Set<Long> references(List<String> names) {
		Set<Long> ids = new LinkedHashSet<>();
		names.stream().filter(n -> n != null && !n.isBlank()).forEach(n -> ids.add(reference(ReferenceKind.KPI, n)));
		return ids;
	}

	private Set<Long> tags(List<String> names) {
		Set<Long> ids = new LinkedHashSet<>();
		names.stream()
			.filter(n -> n != null && !n.isBlank())
			.forEach(n -> ids.add(this.taxonomy.tagNamed(n, TagStatus.ACTIVE)));
		return ids;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, E fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRecordException(field + " '" + value + "' is not one of "
					+ java.util.Arrays.toString(type.getEnumConstants()));
		}
	}

	private static void require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidRecordException(field + " is required");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
