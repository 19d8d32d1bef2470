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

		assertThat(statements).filteredOn(sql -> sql.startsWith("insert into scenario ")).hasSize(LINES);
		assertThat(statements)
			.filteredOn(sql -> sql.startsWith("update scenario ") || sql.startsWith("update solution "))
			.isEmpty();
	}

	private List<String> importLines(String prefix) throws Exception {
		UserSummary admin = this.users.findByUsername("admin").orElseThrow();
		String file = IntStream.range(0, LINES)
			.mapToObj(i -> line(prefix + "-" + i, "导入成本 " + prefix + " " + i, "1. 先安抚 " + i))
			.collect(Collectors.joining("\n"));
		List<String> statements = SqlStatements.runDuring(() -> {
			ImportReport report = this.jsonLines.importFrom(new StringReader(file), admin);
			assertThat(report.imported()).isEqualTo(LINES);
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
