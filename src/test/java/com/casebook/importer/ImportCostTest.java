package com.casebook.importer;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import costs the database on the importing thread: lookups shared by a batch's
 * lines are made once per batch, and a new line's rows are written once, in their final
 * state. Counted, not timed (see docs/performance.md for the throughput).
 */
@CasebookIntegrationTest
class ImportCostTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int LINES = 40;

	/**
	 * What a new line may cost once its inserts are batched: the ledger's and the audit
	 * log's own inserts (five per line) and little else. Before batching it was 13.
	 */
	private static final int STATEMENTS_PER_LINE = 7;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonLinesImport jsonLines;

	@Autowired
	UserDirectory users;

	@Test
	void pointRulesAndKnownRefsAreLookedUpOncePerBatchNotOncePerLine() throws Exception {
		List<String> statements = importLines("cost-lookups");

		assertThat(statements).filteredOn(sql -> sql.contains("from point_rule"))
			.as("point rule lookups for %d lines in one batch", LINES)
			.hasSizeLessThanOrEqualTo(3);
		assertThat(statements).filteredOn(sql -> sql.contains("external_ref") && sql.startsWith("select"))
			.as("ref lookups for %d lines in one batch", LINES)
			.hasSize(1);
	}

	@Test
	void aNewPublishedLineWithAnAdoptedSolutionIsInsertedInItsFinalStateWithoutUpdates() throws Exception {
		List<String> statements = importLines("cost-final");

		assertThat(statements).filteredOn(sql -> sql.startsWith("insert into scenario ")).isNotEmpty();
		assertThat(statements)
			.filteredOn(sql -> sql.startsWith("update scenario ") || sql.startsWith("update solution "))
			.isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from scenario where external_ref like 'cost-final-%'",
				Long.class))
			.isEqualTo(LINES);
	}

	/**
	 * The rows of many lines go out together: a JDBC batch (one prepared statement) per
	 * table and {@link RecordImport#FLUSH_EVERY} lines, not an insert per row. Fails if
	 * the ids go back to identity columns or the import flushes per line again.
	 */
	@Test
	void theInsertsOfManyLinesAreBatchedAcrossLines() throws Exception {
		int lines = 200;
		List<String> statements = importLines("cost-batched", lines);
		int flushes = lines / RecordImport.FLUSH_EVERY;

		for (String table : List.of("scenario", "solution", "revision", "scenario_tag", "scenario_kpi")) {
			assertThat(statements).filteredOn(sql -> sql.startsWith("insert into " + table + " "))
				.as("inserts into %s for %d lines", table, lines)
				.isNotEmpty()
				.hasSizeLessThanOrEqualTo(2 * flushes);
		}
		for (String table : List.of("audit_entry", "point_entry")) {
			assertThat(statements).filteredOn(sql -> sql.startsWith("insert into " + table + " "))
				.as("inserts into %s for %d lines", table, lines)
				.isNotEmpty()
				.hasSizeLessThanOrEqualTo(flushes + 1);
		}
		assertThat(statements).filteredOn(sql -> sql.startsWith("select nextval"))
			.as("id round trips for %d lines (four rows each)", lines)
			.hasSizeLessThanOrEqualTo(lines / 10);
		assertThat(statements).as("statements for %d lines", lines).hasSizeLessThan(STATEMENTS_PER_LINE * lines);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision r join scenario s on s.id = r.scenario_id where s.external_ref like 'cost-batched-%'",
				Long.class))
			.isEqualTo(2L * lines);
	}

	private List<String> importLines(String prefix) throws Exception {
		return importLines(prefix, LINES);
	}

	private List<String> importLines(String prefix, int lines) throws Exception {
		UserSummary admin = this.users.findByUsername("admin").orElseThrow();
		String file = IntStream.range(0, lines)
			.mapToObj(i -> line(prefix + "-" + i, "导入成本 " + prefix + " " + i, "1. 先安抚 " + i))
			.collect(Collectors.joining("\n"));
		List<String> statements = SqlStatements.runDuring(() -> {
			ImportReport report = this.jsonLines.importFrom(new StringReader(file), admin);
			assertThat(report.imported()).isEqualTo(lines);
			return report;
		});
		return statements.stream().map(String::trim).map(String::toLowerCase).toList();
	}

	private static String line(String ref, String title, String actions) {
		return JSON.writeValueAsString(new ScenarioRecord(ref, title, "情景描述 " + title, "排班与人力/话务预测", "电话", "电商零售",
				List.of("服务水平"), List.of(TagRecord.parse("排班")), "WEEKLY", "HIGH", "PUBLISHED", "manager2",
				List.of(new ScenarioRecord.SolutionRecord(actions, "客户接受", null, null, true))));
	}

}
