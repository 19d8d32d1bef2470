package com.casebook.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.revision.RevisionHistory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Saving scenario texts through the pages on the real database: concurrent saves, saves
 * that change nothing, and input that must be refused with a message while the text is
 * kept.
 */
@CasebookIntegrationTest
class ScenarioSavesTest {

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	RevisionHistory history;

	@Autowired
	TestScenarios scenarios;

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(this.users.as(username)).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
	}

	/**
	 * A POST that may fail the way a server would: an exception escaping MockMvc counts
	 * as a 500.
	 */
	Outcome send(String username, MockHttpServletRequestBuilder request) {
		try {
			MockHttpServletResponse response = this.mvc.perform(as(username, request)).andReturn().getResponse();
			return new Outcome(response.getStatus(), response.getContentAsString());
		}
		catch (Exception ex) {
			return new Outcome(500, String.valueOf(ex));
		}
	}

	List<Outcome> atOnce(int count, IntFunction<Outcome> save) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				Callable<Outcome> task = () -> {
					start.await();
					return save.apply(n);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	MockHttpServletRequestBuilder amendment(long id, String situation, int baseRevision) {
		Scenario scenario = this.scenarios.find(id);
		return post("/scenarios/" + id + "/edit").param("action", "save")
			.param("title", scenario.getTitle())
			.param("situation", situation)
			.param("categoryId", String.valueOf(scenario.getCategoryId()))
			.param("baseRevision", String.valueOf(baseRevision));
	}

	@Test
	void fiftySavesFromOneRevisionAcceptOneAndGiveEveryOtherTheConflictPageWithItsText() throws Exception {
		long id = this.scenarios.published("五十人同时修改", "原来的情景", "1. 原来的做法", "原来的效果");
		int base = this.scenarios.find(id).getRevisionNumber();

		List<Outcome> outcomes = atOnce(50,
				i -> send(i % 2 == 0 ? "manager" : "manager2", amendment(id, "并发保存的第 " + i + " 份文字", base)));

		assertThat(outcomes).noneMatch(o -> o.status() >= 500);
		assertThat(outcomes).filteredOn(o -> o.status() == 302).hasSize(1);
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			if (outcome.status() != 302) {
				assertThat(outcome.status()).isEqualTo(409);
				assertThat(outcome.body()).contains("id=\"conflict\"").contains("并发保存的第 " + i + " 份文字");
			}
		}
		assertThat(this.scenarios.find(id).getRevisionNumber()).isEqualTo(base + 1);
	}

	@Test
	void concurrentAmendmentsOfOneSolutionAcceptOneAndKeepEveryOtherText() throws Exception {
		long id = this.scenarios.published("同时修改一个方案", "情景", "1. 原来的做法", "原来的效果");
		long solutionId = this.scenarios.find(id).getSolutions().get(0).getId();

		List<Outcome> outcomes = atOnce(20,
				i -> send("manager2",
						post("/scenarios/" + id + "/solutions/" + solutionId + "/edit").param("action", "save")
							.param("actions", "1. 第 " + i + " 种做法")
							.param("effect", "效果")
							.param("baseRevision", "1")));

		assertThat(outcomes).noneMatch(o -> o.status() >= 500);
		assertThat(outcomes).filteredOn(o -> o.status() == 302).hasSize(1);
		for (int i = 0; i < outcomes.size(); i++) {
			if (outcomes.get(i).status() != 302) {
				assertThat(outcomes.get(i).status()).isEqualTo(409);
				assertThat(outcomes.get(i).body()).contains("1. 第 " + i + " 种做法");
			}
		}
	}

	/**
	 * Kept below the connection pool's size: the notification listeners open a second
	 * connection after each commit, and ten accepted saves at once wait for each other's
	 * connections.
	 */
	@Test
	void solutionsAddedAtOnceAreAllKept() throws Exception {
		long id = this.scenarios.published("同时补充方案", "情景", "1. 原来的做法", "原来的效果");

		List<Outcome> outcomes = atOnce(8,
				i -> send(i % 2 == 0 ? "manager" : "manager2",
						post("/scenarios/" + id + "/solutions/new").param("actions", "1. 补充的第 " + i + " 种做法")
							.param("effect", "效果")));

		assertThat(outcomes).allMatch(o -> o.status() == 302, "every addition accepted");
		assertThat(this.scenarios.find(id).getSolutions()).hasSize(9);
	}

	@Test
	void twoDraftSavesChangingOnlyTheSolutionFromOneRevisionConflict() {
		long id = this.scenarios.draft("草稿里的方案", "情景", "1. 原来的做法", "原来的效果");
		String category = String.valueOf(this.scenarios.categoryId());
		Function<String, MockHttpServletRequestBuilder> save = actions -> post("/scenarios/" + id + "/edit")
			.param("action", "draft")
			.param("title", "草稿里的方案")
			.param("situation", "情景")
			.param("categoryId", category)
			.param("actions", actions)
			.param("effect", "原来的效果")
			.param("baseRevision", "1")
			.param("solutionBaseRevision", "1");

		assertThat(send("manager", save.apply("1. 甲改的做法")).status()).isEqualTo(302);
		Outcome second = send("manager", save.apply("1. 乙改的做法"));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body()).contains("id=\"conflict\"").contains("1. 乙改的做法");
		assertThat(second.text()).contains("甲改的做法");
		assertThat(this.scenarios.find(id).getSolutions().get(0).getActions()).isEqualTo("1. 甲改的做法");
	}

	@Test
	void aConflictBetweenTwoTitleChangesShowsOnlyTheTitlesAndKeepsTheOthersSituationChange() {
		long id = this.scenarios.published("原来的标题", "原来的情景", "1. 没人碰过的做法", "没人碰过的效果");
		String category = String.valueOf(this.scenarios.categoryId());
		assertThat(send("manager",
				post("/scenarios/" + id + "/edit").param("action", "save")
					.param("title", "甲改的标题")
					.param("situation", "甲补充了情景")
					.param("categoryId", category)
					.param("baseRevision", "1"))
			.status()).isEqualTo(302);

		Outcome second = send("manager2",
				post("/scenarios/" + id + "/edit").param("action", "save")
					.param("title", "乙改的标题")
					.param("situation", "原来的情景")
					.param("categoryId", category)
					.param("baseRevision", "1"));

		assertThat(second.status()).isEqualTo(409);
		String table = second.body().substring(second.body().indexOf("id=\"conflict\""));
		// the words each side changed are marked up; read the table as text
		table = table.substring(0, table.indexOf("</table>")).replaceAll("<[^>]+>", "");
		assertThat(table).contains("甲改的标题").contains("乙改的标题").contains("甲补充了情景");
		assertThat(table).doesNotContain("没人碰过的做法").doesNotContain("没人碰过的效果");
		String heading = second.body().substring(second.body().indexOf("<h1"), second.body().indexOf("</h1>"));
		assertThat(heading).contains("乙改的标题").doesNotContain("甲改的标题");
		// the other person's situation is in the form, so saving again keeps it
		String situationField = second.body().substring(second.body().indexOf("id=\"situation\""));
		assertThat(situationField.substring(0, situationField.indexOf("</textarea>"))).contains("甲补充了情景");
	}

	@Test
	void savingTheSameTextAgainIsRefusedAsNothingChangedAndMakesNoRevision() {
		long id = this.scenarios.published("原样保存", "第一行\n第二行", "1. 做法", "效果");
		long solutionId = this.scenarios.find(id).getSolutions().get(0).getId();
		int revisions = this.history.history(id).size();

		// the browser sends the unchanged text back with CR LF line breaks
		Outcome scenario = send("manager2", amendment(id, "第一行\r\n第二行", 1).param("summary", "没改"));
		Outcome solution = send("manager2",
				post("/scenarios/" + id + "/solutions/" + solutionId + "/edit").param("action", "save")
					.param("actions", "1. 做法")
					.param("effect", "效果")
					.param("baseRevision", "1"));
		Outcome draft = send("manager",
				post("/scenarios/" + this.scenarios.draft("原样草稿", "情景", "1. 做法", "效果") + "/edit")
					.param("action", "draft")
					.param("title", "原样草稿")
					.param("situation", "情景")
					.param("categoryId", String.valueOf(this.scenarios.categoryId()))
					.param("actions", "1. 做法")
					.param("effect", "效果")
					.param("baseRevision", "1")
					.param("solutionBaseRevision", "1"));

		for (Outcome outcome : List.of(scenario, solution, draft)) {
			assertThat(outcome.status()).isEqualTo(200);
			assertThat(outcome.body()).contains("没有改动");
		}
		assertThat(scenario.body()).contains("第二行");
		assertThat(this.history.history(id)).hasSize(revisions);
		assertThat(this.scenarios.find(id).getRevisionNumber()).isEqualTo(1);
	}

	@Test
	void aSolutionOfAnotherScenarioIsNotFoundAndTheTextIsKept() {
		long id = this.scenarios.published("这个情景", "情景", "1. 这里的做法", "效果");
		long other = this.scenarios.published("另一个情景", "情景", "1. 那里的做法", "效果");
		long foreignSolution = this.scenarios.find(other).getSolutions().get(0).getId();

		Outcome outcome = send("manager2",
				post("/scenarios/" + id + "/solutions/" + foreignSolution + "/edit").param("action", "save")
					.param("actions", "1. 我刚写好的做法")
					.param("effect", "我写的效果")
					.param("baseRevision", "1"));

		assertThat(outcome.status()).isEqualTo(404);
		assertThat(outcome.body()).contains("该方案不属于这个情景").contains("1. 我刚写好的做法").contains("我写的效果");
		assertThat(this.scenarios.find(other).getSolutions().get(0).getActions()).isEqualTo("1. 那里的做法");
	}

	@Test
	void revertingARevisionOfADraftIsRefusedWithAMessage() throws Exception {
		long id = this.scenarios.draft("别人的草稿", "第一版", "1. 做法", "效果");
		this.drafting.updateDraft(id, this.scenarios.user("manager"), this.scenarios.content("别人的草稿", "第二版"),
				SolutionContent.of("1. 做法", "效果"), 1, 1);
		long firstRevision = this.history.history(id)
			.stream()
			.filter(r -> r.solutionId() == null && r.number() == 1)
			.findFirst()
			.orElseThrow()
			.id();
		String revert = "/scenarios/" + id + "/revisions/" + firstRevision + "/revert";

		// another manager cannot see the draft at all; an editor can, but drafts change
		// through their form
		assertThat(send("manager2", post(revert)).status()).isEqualTo(404);
		Outcome editor = send("editor", post(revert));
		assertThat(editor.status()).isEqualTo(409);
		assertThat(editor.body()).contains("只有已发布的情景可以在这里恢复");
		assertThat(this.scenarios.find(id).getSituation()).isEqualTo("第二版");
	}

	@Test
	void aNulInATitleOrTextIsRefusedWithAMessageAndTheTextKept() {
		Outcome created = send("manager",
				post("/scenarios/new").param("action", "draft")
					.param("title", "带\u0000空字符的标题")
					.param("situation", "我输入的情景"));
		assertThat(created.status()).isEqualTo(422);
		assertThat(created.body()).contains("无法保存的字符").contains("我输入的情景");

		long id = this.scenarios.published("正常的标题", "情景", "1. 做法", "效果");
		Outcome amended = send("manager2", amendment(id, "我改的情景\u0000", 1));
		assertThat(amended.status()).isEqualTo(422);
		assertThat(amended.body()).contains("无法保存的字符").contains("我改的情景");
	}

	record Outcome(int status, String body) {

		/** The page without its tags, as a person reads the marked-up diffs. */
		String text() {
			return this.body.replaceAll("<[^>]+>", "");
		}

	}

}
