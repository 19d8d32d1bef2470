package com.casebook.scenario;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.SignedIn;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CasebookIntegrationTest
class ScenarioPagesTest {

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	SolutionAdoption adoption;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ViewCounts viewCounts;

	SignedIn signedIn() {
		return new SignedIn(this.accounts);
	}

	long firstPublished() {
		return this.catalogue.published(new CatalogueQuery(null, null, 0, 1)).getContent().get(0).id();
	}

	@Test
	void aReaderSeesAPublishedScenarioWithItsSolutions() throws Exception {
		this.mvc
			.perform(get("/scenarios/" + firstPublished()).with(signedIn().as("reader"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("情景描述")))
			.andExpect(content().string(containsString("采取的行动")));
	}

	@Test
	void aReaderCannotOpenAnyWritePage() throws Exception {
		long id = firstPublished();
		for (String path : new String[] { "/scenarios/new", "/scenarios/" + id + "/edit",
				"/scenarios/" + id + "/solutions/new", "/my/scenarios", "/review" }) {
			this.mvc.perform(get(path).with(signedIn().as("reader"))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/scenarios/new").with(signedIn().as("reader"))
				.with(csrf())
				.param("action", "draft")
				.param("title", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFailedSubmissionKeepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
		this.mvc
			.perform(post("/scenarios/new").with(signedIn().as("manager"))
				.with(csrf())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
				.param("action", "submit")
				.param("title", "早班迟到导致开线人数不足")
				.param("situation", "周一早上 8 点只有一半坐席到岗"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("早班迟到导致开线人数不足")))
			.andExpect(content().string(containsString("周一早上 8 点只有一半坐席到岗")))
			.andExpect(content().string(containsString("此项为必填项")));
	}

	@Test
	void previewRendersTheMarkdownWithoutSaving() throws Exception {
		this.mvc
			.perform(post("/scenarios/new").with(signedIn().as("manager"))
				.with(csrf())
				.param("action", "preview")
				.param("title", "预览")
				.param("situation", "**加粗** <script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>加粗</strong>")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void editorsSeeTheReviewQueue() throws Exception {
		this.mvc.perform(get("/review").with(signedIn().as("editor"))).andExpect(status().isOk());
		this.mvc.perform(get("/changes").with(signedIn().as("editor"))).andExpect(status().isOk());
	}

	@Test
	void theHistoryPageListsRevisions() throws Exception {
		this.mvc.perform(get("/scenarios/" + firstPublished() + "/history").with(signedIn().as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("history-table")));
	}

	@Test
	void aDraftIsInvisibleToReaders() throws Exception {
		long draft = this.catalogue.byAuthor(((CurrentUser) this.accounts.loadUserByUsername("manager")).getId())
			.stream()
			.filter(s -> s.getStatus() == ScenarioStatus.DRAFT)
			.findFirst()
			.orElseThrow()
			.getId();
		this.mvc.perform(get("/scenarios/" + draft).with(signedIn().as("reader"))).andExpect(status().isNotFound());
	}

	@Test
	void theViewCountShownIncludesTheViewBeingShown() throws Exception {
		long id = firstPublished();
		this.viewCounts.flush();
		long before = this.jdbc.sql("select view_count from scenario where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/scenarios/" + id).with(signedIn().as("reader")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("Views</dt><dd id=\"views\">" + (before + 1) + "</dd>")));
	}

	@Test
	void inEnglishKpisAreListedWithCommasOnThePageAndInTheExport() throws Exception {
		long id = this.jdbc.sql("""
				select s.id from scenario s where s.status = 'PUBLISHED'
				and (select count(*) from scenario_kpi k where k.scenario_id = s.id) >= 2 order by s.id limit 1""")
			.query(Long.class)
			.single();
		String page = this.mvc
			.perform(get("/scenarios/" + id).with(signedIn().as("reader")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String kpis = page.substring(page.indexOf("Affected KPIs</dt>"));
		assertThat(kpis.substring(0, kpis.indexOf("</dd>"))).contains(", ").doesNotContain("、");
		String markdown = this.mvc
			.perform(get("/scenarios/" + id + ".md").with(signedIn().as("reader"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(markdown.lines().filter(l -> l.startsWith("- **Affected KPIs**")).findFirst().orElseThrow())
			.contains(", ")
			.doesNotContain("、");
	}

	@Test
	void theSopNamesWhoAdoptedItAndLabelsTheReasonWithOneColon() throws Exception {
		long id = this.jdbc
			.sql("""
					select s.id from scenario s where s.status = 'PUBLISHED'
					and not exists (select 1 from solution a where a.scenario_id = s.id and a.adopted) order by s.id desc limit 1""")
			.query(Long.class)
			.single();
		long solution = this.catalogue.find(id).orElseThrow().getSolutions().get(0).getId();
		CurrentUser editor = this.users.user("editor");
		this.adoption.adopt(id, solution, editor, "全中心统一口径");

		this.mvc
			.perform(get("/scenarios/" + id + "/sop").with(signedIn().as("reader"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(content().string(containsString(" · " + editor.getDisplayName())))
			.andExpect(content().string(containsString("采纳理由</strong>: 全中心统一口径")))
			.andExpect(content().string(not(containsString("：</strong>:"))));
		this.mvc
			.perform(get("/scenarios/" + id + "/sop.md").with(signedIn().as("reader"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString(" · " + editor.getDisplayName() + "\n")))
			.andExpect(content().string(containsString("- **Why adopted**: 全中心统一口径")));
	}

}
