package com.casebook.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.audit.AuditLog;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files as other tools write them: fields left out, Excel's BOM and CRLF, empty and
 * {@code null} lines, oversized values, broken files; and the round trip of an export
 * onto the same database.
 */
@CasebookIntegrationTest
class ImportFromOtherToolsTest {

	@Autowired
	TestUsers people;

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	JsonLinesImport jsonLines;

	@Autowired
	JsonLinesExport export;

	@Autowired
	TabularImport tables;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	AuditLog audit;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	UserSummary admin() {
		return this.users.findByUsername("admin").orElseThrow();
	}

	ImportReport importLines(String file) {
		return this.jsonLines.importFrom(new StringReader(file), admin());
	}

	static String minimal(String ref, String title) {
		return "{\"ref\":\"" + ref + "\",\"title\":\"" + title
				+ "\",\"situation\":\"最少字段的情景\",\"category\":\"培训/新人培训\","
				+ "\"solutions\":[{\"actions\":\"1. 先做\",\"effect\":\"有效\"}]}";
	}

	@Test
	void aRecordWithOnlyTheRequiredFieldsAndSolutionsWithoutAdoptedImports() {
		ImportReport report = importLines(minimal("minimal-1", "只有必填字段"));
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(1);
	}

	@Test
	void aNullLineIsReportedAndTheLinesAroundItAreImported() {
		ImportReport report = importLines(minimal("null-1", "空行之前") + "\nnull\n[]\n42\n\n" + minimal("null-2", "空行之后"));
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.errors()).extracting(ImportReport.LineError::line).containsExactly(2, 3, 4);
	}

	@Test
	void aNameLongerThanItsColumnSaysWhichFieldAndItsLimitWithoutSql() {
		String longTag = "标".repeat(61);
		String longCategory = "类".repeat(101);
		ImportReport report = importLines(
				minimal("long-1", "标签太长").replace("\"category\"", "\"tags\":[\"" + longTag + "\"],\"category\"") + "\n"
						+ minimal("long-2", "分类太长").replace("培训/新人培训", "培训/" + longCategory) + "\n"
						+ minimal("long-3", "描述太长").replace("最少字段的情景", "长".repeat(20001)));
		assertThat(report.imported()).isZero();
		assertThat(report.errors()).extracting(ImportReport.LineError::message)
			.satisfiesExactly(m -> assertThat(m).contains("tags", "60").doesNotContain("ERROR", "varying"),
					m -> assertThat(m).contains("category", "100").doesNotContain("ERROR", "varying"),
					m -> assertThat(m).contains("situation", "20000"));
	}

	@Test
	void aScenarioWithMoreTagsThanAllowedIsRefusedWithTheLimit() {
		StringBuilder tags = new StringBuilder();
		for (int i = 0; i < 500; i++) {
			tags.append(i == 0 ? "" : ",").append("\"批量标签").append(i).append('"');
		}
		ImportReport report = importLines(
				minimal("many-tags", "标签太多").replace("\"category\"", "\"tags\":[" + tags + "],\"category\""));
		assertThat(report.imported()).isZero();
		assertThat(report.errors()).singleElement()
			.extracting(ImportReport.LineError::message)
			.asString()
			.contains("tags", "20");
		assertThat(this.taxonomy.allTags()).noneMatch(t -> "批量标签1".equals(t.name().zh()));
	}

	@Test
	void manyNewTagsOfOneScenarioAreCreatedTogether() {
		StringBuilder tags = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			tags.append(i == 0 ? "" : ",").append("\"一批新标签").append(i).append('"');
		}
		ImportReport report = importLines(
				minimal("batch-tags", "二十个新标签").replace("\"category\"", "\"tags\":[" + tags + "],\"category\""));
		assertThat(report.errors()).isEmpty();
		assertThat(this.taxonomy.allTags()).filteredOn(t -> t.name().zh() != null && t.name().zh().startsWith("一批新标签"))
			.hasSize(20);
	}

	@Test
	void aTagCarriesItsEnglishNameGroupAndSynonyms() {
		ImportReport report = importLines(minimal("bilingual-1", "双语标签").replace("\"category\"",
				"\"tags\":[\"夜班补贴|night allowance\",{\"zh\":\"轮休\",\"en\":\"rest rotation\",\"group\":\"排班\",\"synonyms\":[\"调休\"]}],\"category\"")
				+ "\n" + minimal("bilingual-2", "英文名找到同一标签").replace("\"category\"",
						"\"tags\":[\"night allowance\",\"调休\"],\"category\""));
		assertThat(report.errors()).isEmpty();
		TagView allowance = tagNamed("夜班补贴");
		assertThat(allowance.name().en()).isEqualTo("night allowance");
		TagView rotation = tagNamed("轮休");
		assertThat(rotation.name().en()).isEqualTo("rest rotation");
		assertThat(rotation.group()).isEqualTo("排班");
		assertThat(rotation.synonyms()).containsExactly("调休");
		assertThat(this.taxonomy.allTags()).filteredOn(t -> t.name().matches("night allowance")).hasSize(1);
		assertThat(this.taxonomy.allTags()).noneMatch(t -> t.name().matches("调休"));
	}

	@Test
	void exportingAndReimportingOntoTheSameDatabaseCreatesAndRevisesNothing() {
		CurrentUser manager = this.people.user("manager");
		long draft = this.drafting.createDraft(manager,
				ScenarioContent.builder().title("界面里写的草稿").situation("还没写完").build(), null);
		long published = this.drafting.createDraft(manager,
				ScenarioContent.builder().title("界面里发布的情景").situation("界面里写的描述").categoryId(1L).build(),
				SolutionContent.of("1. 界面里的做法", "有效"));
		this.drafting.submit(published, manager);
		this.review.publish(published, this.people.user("editor"));
		StringWriter exported = new StringWriter();
		this.export.writeTo(exported);
		assertThat(exported.toString()).contains("casebook-" + draft, "casebook-" + published);
		long scenarios = count("scenario");
		long revisions = count("revision");

		ImportReport report = importLines(exported.toString());

		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isZero();
		assertThat(report.updated()).isZero();
		assertThat(count("scenario")).isEqualTo(scenarios);
		assertThat(count("revision")).isEqualTo(revisions);
	}

	@Test
	void aCsvSavedByExcelWithBomAndCrlfKeepsItsRefSoReimportDuplicatesNothing() {
		String csv = "\uFEFFref,title,situation,category,tags,actions,effect\r\n"
				+ "excel-bom-1,Excel 存的表格,带 BOM 的文件,培训/新人培训,培训,1. 做法,有效\r\n\r\n";
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		assertThat(this.tables.importCsv(new ByteArrayInputStream(bytes), admin()).imported()).isEqualTo(1);
		ImportReport again = this.tables.importCsv(new ByteArrayInputStream(bytes), admin());
		assertThat(again.errors()).isEmpty();
		assertThat(again.imported()).isZero();
		assertThat(this.jdbc.sql("select count(*) from scenario where external_ref = 'excel-bom-1'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aJsonLinesFileWithBomAndCrlfReadsItsFirstLine() {
		ImportReport report = importLines("\uFEFF" + minimal("jsonl-bom-1", "带 BOM 的 JSON Lines") + "\r\n\r\n"
				+ minimal("jsonl-bom-2", "第二行") + "\r\n");
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(2);
	}

	@Test
	void anExcelWorkbookWithOnlyTheRequiredColumnsImports() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Sheet1");
			var header = sheet.createRow(0);
			String[] columns = { "Title", "Situation", "Category", "Actions", "Effect", "Adopted" };
			for (int c = 0; c < columns.length; c++) {
				header.createCell(c).setCellValue(columns[c]);
			}
			var row = sheet.createRow(3);
			row.createCell(0).setCellValue("只有必填列的工作簿");
			row.createCell(1).setCellValue("没有 ref 也没有标签");
			row.createCell(2).setCellValue("培训/新人培训");
			row.createCell(3).setCellValue(12345);
			row.createCell(4).setCellValue("有效");
			row.createCell(5).setCellValue(true);
			workbook.write(bytes);
		}
		ImportReport report = this.tables.importXlsx(new ByteArrayInputStream(bytes.toByteArray()), admin());
		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(1);
	}

	@Test
	void lineErrorsOnTheImportPageAreInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(multipart("/admin/import")
				.file(new MockMultipartFile("file", "broken.jsonl", "application/x-ndjson",
						"{\"title\": ".getBytes(StandardCharsets.UTF_8)))
				.with(this.people.as("admin"))
				.with(csrf())
				.locale(CHINESE)
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是有效的 JSON")))
			.andExpect(content().string(not(containsString("end-of-input"))));
	}

	@Test
	void anUnbalancedCsvQuoteIsAClearClientError() throws Exception {
		this.mvc
			.perform(multipart("/admin/import")
				.file(new MockMultipartFile("file", "quote.csv", "text/csv",
						"title,situation\n\"没有结束的引号,描述\n".getBytes(StandardCharsets.UTF_8)))
				.with(this.people.as("admin"))
				.with(csrf())
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("CSV")))
			.andExpect(content().string(containsString("引号")));
	}

	@Test
	void aCorruptOrEmptyWorkbookIsAClearClientError() throws Exception {
		ByteArrayOutputStream noSheets = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.write(noSheets);
		}
		for (byte[] workbook : List.of(noSheets.toByteArray(), "not a zip at all".getBytes(StandardCharsets.UTF_8),
				Arrays.copyOf(noSheets.toByteArray(), noSheets.size() / 2))) {
			this.mvc
				.perform(multipart("/api/import")
					.file(new MockMultipartFile("file", "broken.xlsx", "application/octet-stream", workbook))
					.with(this.people.as("admin"))
					.header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("Excel")));
		}
		this.mvc
			.perform(multipart("/api/import")
				.file(new MockMultipartFile("file", "empty.xlsx", "application/octet-stream", new byte[0]))
				.with(this.people.as("admin"))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("文件是空的")));
	}

	@Test
	void aFileSentAsMultipartToTheApiIsImported() throws Exception {
		this.mvc
			.perform(
					multipart("/api/import")
						.file(new MockMultipartFile("file", "upload.jsonl", "application/x-ndjson",
								minimal("multipart-1", "表单上传").getBytes(StandardCharsets.UTF_8)))
						.with(this.people.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedWithItsLimit() throws Exception {
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) ' ');
		this.mvc
			.perform(post("/api/import").with(this.people.as("admin"))
				.contentType("application/x-ndjson")
				.header("Accept-Language", "en")
				.content(huge))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("10 MB")));
	}

	@Test
	void anImportIsRecordedInTheAuditLog() throws Exception {
		this.mvc.perform(multipart("/admin/import")
			.file(new MockMultipartFile("file", "audited.jsonl", "application/x-ndjson",
					(minimal("audited-1", "记入审计") + "\n{bad\n").getBytes(StandardCharsets.UTF_8)))
			.with(this.people.as("admin"))
			.with(csrf())).andExpect(status().isOk());
		List<AuditLog.Entry> entries = this.audit.find(new AuditLog.Filter("import", admin().id(), null, null), 0, 50);
		assertThat(entries)
			.anySatisfy(e -> assertThat(e.after()).contains("audited.jsonl", "\"imported\": 1", "\"errors\": 1"));
	}

	private TagView tagNamed(String name) {
		return this.taxonomy.allTags().stream().filter(t -> t.name().matches(name)).findFirst().orElseThrow();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
