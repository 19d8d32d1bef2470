package com.casebook.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CasebookIntegrationTest
class ImportExportTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JsonLinesImport jsonLines;

	@Autowired
	JsonLinesExport export;

	@Autowired
	TabularImport tables;

	@Autowired
	UserDirectory users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JpaTransactionManager transactionManager;

	@Autowired
	RecordImport recordImport;

	@Autowired
	ScenarioSearch search;

	@Autowired
	ImportRuns runs;

	@Autowired
	MessageSource messages;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService accounts;

	UserSummary admin() {
		return this.users.findByUsername("admin").orElseThrow();
	}

	static String line(String ref, String title) {
		return JSON.writeValueAsString(new ScenarioRecord(ref, title, "情景描述 " + title, "排班与人力/话务预测", "电话", "电商零售",
				List.of("服务水平"), List.of(TagRecord.parse("排班")), "WEEKLY", "HIGH", null, null,
				List.of(new ScenarioRecord.SolutionRecord("1. 调整班次", "服务水平回升", null, null, false))));
	}

	@Test
	void aLargeImportCommitsInBatchesYetRefusesOnlyItsBadLineAndUpdatesARepeatedRef() {
		StringBuilder file = new StringBuilder();
		for (int i = 1; i <= 600; i++) {
			if (i == 300) {
				file.append(JSON.writeValueAsString(Map.of("ref", "batch-300", "situation", "没有标题"))).append('\n');
			}
			else {
				file.append(line("batch-" + i, "分批情景 " + i)).append('\n');
			}
		}
		file.append(line("batch-7", "分批情景 7 第二版")).append('\n');
		AtomicInteger commits = new AtomicInteger();
		TransactionExecutionListener counter = new TransactionExecutionListener() {
			@Override
			public void afterCommit(TransactionExecution transaction, Throwable failure) {
				if (RecordImport.BATCH_TRANSACTION.equals(transaction.getTransactionName())) {
					commits.incrementAndGet();
				}
			}
		};
		this.transactionManager.addListener(counter);
		ImportReport report;
		try {
			report = this.jsonLines.importFrom(new StringReader(file.toString()), admin());
		}
		finally {
			this.transactionManager.getTransactionExecutionListeners().remove(counter);
		}
		assertThat(report.imported()).isEqualTo(599);
		assertThat(report.updated()).isEqualTo(1);
		assertThat(this.search.search("分批情景 599", 0, 5).hits()).extracting(SearchHit::title).contains("分批情景 599");
		assertThat(this.search.search("第二版", 0, 5).hits()).extracting(SearchHit::title).contains("分批情景 7 第二版");
		assertThat(report.errors()).extracting(ImportReport.LineError::line).containsExactly(300);
		// one transaction per line was 601 commits; batches and the halving around the
		// bad line need a few dozen at most (the listeners of the lines' events commit on
		// their own, after the batch)
		assertThat(commits.get()).isPositive().isLessThan(40);
	}

	@Test
	void progressIsToldAfterEachCommittedBatch() {
		List<NumberedRecord> records = new ArrayList<>();
		for (int i = 1; i <= 600; i++) {
			records
				.add(new NumberedRecord(i, JSON.readValue(line("progress-" + i, "进度情景 " + i), ScenarioRecord.class)));
		}
		List<Integer> told = new ArrayList<>();
		ImportReport report = this.recordImport.store(records, admin(), Duration.ZERO, (done, total) -> told.add(done));
		assertThat(report.imported()).isEqualTo(600);
		assertThat(told).containsExactly(250, 500, 600);
	}

	@Test
	void anImportGoesOnStoringWhileItsCommittedBatchesAreIndexedAndReturnsWithEverythingSearchable() throws Exception {
		List<NumberedRecord> records = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			// no KPIs: storing these lines never touches scenario_kpi, indexing them
			// reads it
			records.add(new NumberedRecord(i,
					new ScenarioRecord("later-" + i, "稍后索引情景 " + i, "情景描述", "排班与人力/话务预测", "电话", "电商零售", List.of(),
							List.of(), "WEEKLY", "HIGH", null, null,
							List.of(new ScenarioRecord.SolutionRecord("1. 调整班次", "服务水平回升", null, null, false)))));
		}
		List<Integer> searchableWhenTold = new ArrayList<>();
		ImportReport report;
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				// holds back every read of scenario_kpi, so the indexing of a batch
				// waits until the lock goes
				statement.execute("lock table scenario_kpi in access exclusive mode");
			}
			report = this.recordImport.store(records, admin(), Duration.ZERO, (done, total) -> {
				if (searchableWhenTold.isEmpty()) {
					searchableWhenTold.add(this.search.search("稍后索引情景", 0, 5).hits().size());
					try {
						lock.rollback();
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				}
			});
		}
		// the first batch was committed and told without waiting for its documents
		assertThat(searchableWhenTold).containsExactly(0);
		assertThat(report.imported()).isEqualTo(300);
		assertThat(this.search.search("稍后索引情景 300", 0, 5).hits()).extracting(SearchHit::title).contains("稍后索引情景 300");
		assertThat(this.search.search("稍后索引情景 1", 0, 5).hits()).extracting(SearchHit::title).contains("稍后索引情景 1");
	}

	@Test
	void anImportEndsWhenTheApplicationStopsKeepingItsCommittedBatchesAndNamingTheRest() {
		List<NumberedRecord> records = new ArrayList<>();
		for (int i = 1; i <= 600; i++) {
			records.add(new NumberedRecord(i, JSON.readValue(line("stop-" + i, "停机情景 " + i), ScenarioRecord.class)));
		}
		ImportReport report;
		try {
			// the application is told to stop once the first batch is committed
			report = this.recordImport.store(records, admin(), Duration.ZERO, (done, total) -> this.runs.stop());
		}
		finally {
			this.runs.start();
		}
		assertThat(report.imported()).isEqualTo(250);
		assertThat(report.errors()).extracting(ImportReport.LineError::line)
			.containsExactlyElementsOf(IntStream.rangeClosed(251, 600).boxed().toList());
		assertThat(report.errors().get(0).message())
			.isEqualTo(this.messages.getMessage("import.line.stopped", null, LocaleContextHolder.getLocale()));
		assertThat(this.search.search("停机情景 251", 0, 5).hits()).extracting(SearchHit::title).doesNotContain("停机情景 251");
	}

	@Test
	void theImportPageShowsHowFarARunningImportIs() throws Exception {
		SignedIn signedIn = new SignedIn(this.accounts);
		try (ImportRuns.Run run = this.runs.start("admin", 100_000)) {
			run.advanced(25_000, 100_000);
			this.mvc.perform(get("/admin/import").with(signedIn.as("admin")).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"import-progress\"")))
				.andExpect(content().string(containsString("25,000 of 100,000 lines")));
		}
		this.mvc.perform(get("/admin/import").with(signedIn.as("admin")))
			.andExpect(content().string(not(containsString("id=\"import-progress\""))));
	}

	@Test
	void aThousandLinesWithThreeBadOnesImportTheRestAndReportExactlyThoseThree() {
		StringBuilder file = new StringBuilder();
		for (int i = 1; i <= 1000; i++) {
			if (i == 10) {
				file.append("{not json\n");
			}
			else if (i == 500) {
				file.append(JSON.writeValueAsString(Map.of("ref", "bulk-500", "situation", "没有标题"))).append('\n');
			}
			else if (i == 999) {
				file.append(line("bulk-999", "未知频率").replace("\"WEEKLY\"", "\"SOMETIMES\"")).append('\n');
			}
			else {
				file.append(line("bulk-" + i, "批量情景 " + i)).append('\n');
			}
		}
		ImportReport report = this.jsonLines.importFrom(new StringReader(file.toString()), admin());
		assertThat(report.imported()).isEqualTo(997);
		assertThat(report.errors()).extracting(ImportReport.LineError::line).containsExactly(10, 500, 999);
		assertThat(report.errors().get(1).message()).contains("title");
	}

	@Test
	void reimportingTheSameRefUpdatesInsteadOfDuplicating() {
		this.jsonLines.importFrom(new StringReader(line("same-ref", "第一版")), admin());
		ImportReport again = this.jsonLines.importFrom(new StringReader(line("same-ref", "第二版")), admin());
		assertThat(again.imported()).isZero();
		assertThat(again.updated()).isEqualTo(1);
		assertThat(exported()).containsKey("same-ref");
		assertThat(exported().get("same-ref").title()).isEqualTo("第二版");
	}

	@Test
	void exportThenImportGivesTheSameCatalogue() {
		Map<String, ScenarioRecord> before = exported();
		// import the export under fresh refs, as into an empty catalogue, then compare
		StringBuilder copy = new StringBuilder();
		before.values().forEach(r -> copy.append(JSON.writeValueAsString(withRef(r, "copy-" + r.ref()))).append('\n'));
		ImportReport report = this.jsonLines.importFrom(new StringReader(copy.toString()), admin());
		assertThat(report.errors()).isEmpty();
		Map<String, ScenarioRecord> after = exported();
		before.values()
			.forEach(original -> assertThat(withRef(after.get("copy-" + original.ref()), original.ref()))
				.isEqualTo(original));
	}

	@Test
	void csvRowsWithTheSameRefBecomeOneScenarioWithSeveralSolutions() {
		String csv = "ref,title,situation,category,channel,kpis,tags,actions,effect,adopted\n"
				+ "csv-1,周末话务突增,\"周六上午排队 200 通\",排班与人力/突发话务高峰,电话,服务水平;放弃率,排班,1. 加开弹性班,服务水平回升,yes\n"
				+ "csv-1,周末话务突增,,,,,,1. 开启回拨,放弃率下降,\n";
		ImportReport report = this.tables.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				admin());
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(1);
		ScenarioRecord imported = exported().get("csv-1");
		assertThat(imported.solutions()).hasSize(2);
		assertThat(imported.solutions().get(0).adopted()).isTrue();
		assertThat(imported.kpis()).containsExactlyInAnyOrder("服务水平", "放弃率");
	}

	@Test
	void excelWorkbooksImportLikeCsv() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("情景");
			String[][] rows = { { "ref", "title", "situation", "category", "actions", "effect" },
					{ "xlsx-1", "系统升级后工单丢失", "升级后 30 张工单找不到", "现场管理/系统故障", "1. 从备份恢复", "全部找回" },
					{ "xlsx-2", "", "缺标题", "现场管理/系统故障", "1. 无", "无" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(bytes);
		}
		ImportReport report = this.tables.importXlsx(new ByteArrayInputStream(bytes.toByteArray()), admin());
		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.errors()).extracting(ImportReport.LineError::line).containsExactly(3);
	}

	@Test
	void onlyAdminsImportThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/import").with(httpBasic("manager", "demo"))
				.contentType("application/x-ndjson")
				.content(line("api-1", "经理不能导入")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/import").with(httpBasic("admin", "demo"))
				.contentType("application/x-ndjson")
				.content(line("api-1", "管理员导入") + "\n{bad\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.errors[0].line").value(2));
	}

	private Map<String, ScenarioRecord> exported() {
		StringWriter out = new StringWriter();
		this.export.writeTo(out);
		List<ScenarioRecord> records = new ArrayList<>();
		out.toString().lines().forEach(l -> records.add(JSON.readValue(l, ScenarioRecord.class)));
		return records.stream().collect(Collectors.toMap(ScenarioRecord::ref, Function.identity(), (a, b) -> a));
	}

	private static ScenarioRecord withRef(ScenarioRecord r, String ref) {
		return new ScenarioRecord(ref, r.title(), r.situation(), r.category(), r.channel(), r.businessLine(), r.kpis(),
				r.tags(), r.frequency(), r.severity(), r.status(), r.author(), r.solutions());
	}

}
