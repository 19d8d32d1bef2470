package com.casebook.scenario;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

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
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ScenarioCatalogue catalogue;

	SignedIn signedIn() {
		return new SignedIn(this.accounts);
	}

	long firstPublished() {
		return this.catalogue.published(new CatalogueQuery(null, null, 0, 1)).getContent().get(0).id();
	}

	@Test
	void aReaderSeesAPublishedScenarioWithItsSolutions() throws Exception {
		this.mvc.perform(get("/scenarios/" + firstPublished()).with(signedIn().as("reader"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("情景描述")))
			.andExpect(content().string(containsString("采取的行动")));
	}

	@Test
	void aReaderCannotOpenAnyWritePage() throws Exception {
		long id = firstPublished();
		for (String path : new String[] { "/scenarios/new", "/scenarios/" + id + "/edit",
				"/scenarios/" + id + "/solutions/new", "/my/scenarios", "/review", "/changes" }) {
			this.mvc.perform(get(path).with(signedIn().as("reader"))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/scenarios/new").with(signedIn().as("reader")).with(csrf()).param("action", "draft")
			.param("title", "x")).andExpect(status().isForbidden());
	}

	@Test
	void aFailedSubmissionKeepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
		this.mvc.perform(post("/scenarios/new").with(signedIn().as("manager")).with(csrf())
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
		this.mvc.perform(post("/scenarios/new").with(signedIn().as("manager")).with(csrf())
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
		long draft = this.catalogue.byAuthor(
				((com.casebook.user.CurrentUser) this.accounts.loadUserByUsername("manager")).getId())
			.stream()
			.filter(s -> s.getStatus() == ScenarioStatus.DRAFT)
			.findFirst()
			.orElseThrow()
			.getId();
		this.mvc.perform(get("/scenarios/" + draft).with(signedIn().as("reader"))).andExpect(status().isNotFound());
	}

}
