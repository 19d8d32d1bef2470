package com.casebook.importer;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.casebook.CasebookIntegrationTest;
import com.casebook.importer.ScenarioRecord.MeasurementRecord;
import com.casebook.importer.ScenarioRecord.SolutionRecord;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Measured effects in the files: JSON Lines carries them per solution (KPI by name in
 * either language), the CSV and Excel tables in a {@code measurements} column; an unknown
 * KPI or reporter is a clear error for its line only, and an export imported again keeps
 * every measurement.
 */
@CasebookIntegrationTest
class MeasurementImportExportTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JsonLinesImport jsonLines;

	@Autowired
	JsonLinesExport export;

	@Autowired
	TabularImport tables;

	@Autowired
	UserDirectory users;

	UserSummary admin() {
		return this.users.findByUsername("admin").orElseThrow();
	}

	static String line(String ref, MeasurementRecord... measurements) {
		return JSON.writeValueAsString(new ScenarioRecord(ref, "有测量的情景 " + ref, "情景描述", "排班与人力/话务预测", null, null,
				List.of("放弃率"), List.of(), null, null, null, "manager",
				List.of(new SolutionRecord("1. 高峰前加开班次", "放弃率下降", null, null, true, List.of(measurements)))));
	}

	@Test
	void jsonLinesCarryMeasurementsByKpiNameInEitherLanguageAndAnExportImportsBackWithAllOfThem() {
		String file = line("m-1",
				new MeasurementRecord("放弃率", new BigDecimal("12.5"), new BigDecimal("6.0"), "%", "2周", "上海中心",
						"manager2"),
				new MeasurementRecord("Average handle time", new BigDecimal("420"), new BigDecimal("380"), "seconds",
						null, null, null))
				+ "\n";
		ImportReport report = this.jsonLines.importFrom(new StringReader(file), admin());
		assertThat(report.errors()).isEmpty();

		ScenarioRecord exported = exported().get("m-1");
		assertThat(exported.solutions().get(0).measurements()).containsExactly(
				new MeasurementRecord("放弃率", new BigDecimal("12.5"), new BigDecimal("6"), "%", "2周", "上海中心",
						"manager2"),
				new MeasurementRecord("平均处理时长", new BigDecimal("420"), new BigDecimal("380"), "seconds", null, null,
						"manager"));

		// into a catalogue that does not have it: a new ref
		String copy = JSON.writeValueAsString(withRef(exported, "m-1-copy")) + "\n";
		assertThat(this.jsonLines.importFrom(new StringReader(copy), admin()).errors()).isEmpty();
		assertThat(exported().get("m-1-copy").solutions()).isEqualTo(exported.solutions());

		// the same line again changes nothing
		ImportReport again = this.jsonLines.importFrom(new StringReader(copy), admin());
		assertThat(again.unchanged()).isEqualTo(1);
	}

	@Test
	void anUnknownKpiReporterOrImplausibleFigureRefusesOnlyItsLineWithAClearMessage() {
		String file = String.join("\n",
				line("m-bad-kpi",
						new MeasurementRecord("幸福指数", BigDecimal.ONE, BigDecimal.TEN, "score", null, null, null)),
				line("m-bad-user",
						new MeasurementRecord("放弃率", BigDecimal.TEN, BigDecimal.ONE, "%", null, null, "nobody-here")),
				line("m-bad-range",
						new MeasurementRecord("放弃率", new BigDecimal("150"), BigDecimal.ONE, "%", null, null, null)),
				line("m-good", new MeasurementRecord("abandonment rate", BigDecimal.TEN, new BigDecimal("4.5"), "%",
						null, null, null)))
				+ "\n";
		ImportReport report = this.jsonLines.importFrom(new StringReader(file), admin());

		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.errors()).extracting(ImportReport.LineError::line).containsExactly(1, 2, 3);
		assertThat(report.errors().get(0).message()).contains("幸福指数");
		assertThat(report.errors().get(1).message()).contains("nobody-here");
		assertThat(exported()).containsKey("m-good").doesNotContainKeys("m-bad-kpi", "m-bad-user", "m-bad-range");
	}

	@Test
	void csvTablesGiveMeasurementsOnePerLineOfTheirColumn() {
		String csv = "ref,title,situation,category,actions,effect,measurements\n"
				+ "csv-m,排队过长,\"高峰排队\",排班与人力/话务预测,1. 开启回拨,放弃率下降,\"放弃率: 12,5 → 6 % 2周 @上海中心\n"
				+ "AHT: 420 -> 380 seconds\"\n";
		ImportReport report = this.tables.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				admin());

		assertThat(report.errors()).isEmpty();
		assertThat(exported().get("csv-m").solutions().get(0).measurements())
			.extracting(MeasurementRecord::kpi, MeasurementRecord::before, MeasurementRecord::after,
					MeasurementRecord::unit, MeasurementRecord::period, MeasurementRecord::site)
			.containsExactly(tuple("放弃率", new BigDecimal("12.5"), new BigDecimal("6"), "%", "2周", "上海中心"),
					tuple("平均处理时长", new BigDecimal("420"), new BigDecimal("380"), "seconds", null, null));
	}

	private Map<String, ScenarioRecord> exported() {
		StringWriter out = new StringWriter();
		this.export.writeTo(out);
		Map<String, ScenarioRecord> records = new HashMap<>();
		out.toString().lines().map(l -> JSON.readValue(l, ScenarioRecord.class)).forEach(r -> records.put(r.ref(), r));
		return records;
	}

	private static ScenarioRecord withRef(ScenarioRecord r, String ref) {
		return new ScenarioRecord(ref, r.title(), r.situation(), r.category(), r.channel(), r.businessLine(), r.kpis(),
				r.tags(), r.frequency(), r.severity(), r.status(), r.author(), r.solutions());
	}

}
