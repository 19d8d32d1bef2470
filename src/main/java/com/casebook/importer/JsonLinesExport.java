package com.casebook.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.casebook.importer.ScenarioRecord.MeasurementRecord;
import com.casebook.importer.ScenarioRecord.SolutionRecord;
import com.casebook.scenario.Measurement;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioPage;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionContent;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.UserSummary;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole catalogue (every scenario but merged ones) as JSON Lines, in the
 * format {@link JsonLinesImport} reads: importing the file into an empty Casebook gives
 * the same catalogue. Scenarios without an external ref get {@code casebook-<id>}, which
 * an import into the same catalogue takes back to scenario {@code id}, so an export
 * round-trips without creating anything.
 */
@Service
public class JsonLinesExport {

	private static final int PAGE = 200;

	private static final String LOCAL_REF = "casebook-";

	private final ScenarioCatalogue catalogue;

	private final Taxonomy taxonomy;

	private final JsonMapper json = JsonMapper.builder().build();

	JsonLinesExport(ScenarioCatalogue catalogue, Taxonomy taxonomy) {
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
	}

	public int writeTo(Writer out) {
		int written = 0;
		int page = 0;
		Page<ScenarioPage> scenarios;
		do {
			scenarios = this.catalogue.exportPages(page++, PAGE);
			for (ScenarioPage scenario : scenarios) {
				write(out, record(scenario));
				written++;
			}
		}
		while (scenarios.hasNext());
		return written;
	}

	/**
	 * The scenario as a line of the import format: its {@link ScenarioContent} with names
	 * instead of ids.
	 */
	ScenarioRecord record(ScenarioPage page) {
		Scenario s = page.scenario();
		ScenarioContent content = s.content();
		return new ScenarioRecord(s.getExternalRef() != null ? s.getExternalRef() : LOCAL_REF + s.getId(),
				content.title(), content.situation(), page.category() == null ? null : path(page),
				page.channel() == null ? null : page.channel().name().zh(),
				page.businessLine() == null ? null : page.businessLine().name().zh(),
				page.kpis().stream().map(k -> k.name().zh()).toList(),
				page.tags().stream().map(JsonLinesExport::tag).toList(), name(content.frequency()),
				name(content.severity()), s.getStatus().name(), username(page, s.getAuthorId()), solutions(page));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** The id in a ref this export wrote for a scenario without one, or null. */
	static Long localId(String ref) {
		if (ref == null || !ref.startsWith(LOCAL_REF)) {
			return null;
		}
		String digits = ref.substring(LOCAL_REF.length());
		return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
	}

	private static TagRecord tag(TagView tag) {
		return new TagRecord(tag.name().zh(), tag.name().en(), tag.group(), tag.synonyms().stream().sorted().toList());
	}

	private static String path(ScenarioPage page) {
		return String.join("/", page.category().path().stream().map(LocalizedName::zh).toList());
	}

	private List<SolutionRecord> solutions(ScenarioPage page) {
		return page.scenario()
			.getSolutionsInOrderAdded()
			.stream()
			.map((Solution s) -> record(page, s.content(), username(page, s.getAuthorId()), s.isAdopted()))
			.toList();
	}

	private SolutionRecord record(ScenarioPage page, SolutionContent content, String author, boolean adopted) {
		return new SolutionRecord(content.actions(), content.effect(), content.prevention(), author, adopted,
				content.measurements().stream().map(m -> measurement(page, m)).toList());
	}

	/** A measurement with its KPI's Chinese name and its reporter's username. */
	private MeasurementRecord measurement(ScenarioPage page, Measurement m) {
		String kpi = this.taxonomy.reference(m.kpiId()).map(k -> k.name().zh()).orElse(String.valueOf(m.kpiId()));
		return new MeasurementRecord(kpi, m.before(), m.after(), m.unit() == null ? null : m.unit().code(), m.period(),
				m.site(), m.reportedBy() == null ? null : username(page, m.reportedBy()));
	}

	private static String username(ScenarioPage page, long id) {
		UserSummary person = page.person(id);
		return person == null ? null : person.username();
	}

	private void write(Writer out, ScenarioRecord record) {
		try {
			out.write(this.json.writeValueAsString(record));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
