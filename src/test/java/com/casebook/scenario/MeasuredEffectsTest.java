package com.casebook.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.revision.RevisionEntry;
import com.casebook.revision.RevisionHistory;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Measured effects typed in the solution template: stored with their reporter, refused
 * with a message and the typed text when they are not plausible figures, and revisioned
 * like the solution's text (diffed, reverted, conflict-checked).
 */
@CasebookIntegrationTest
class MeasuredEffectsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	RevisionHistory history;

	long kpi(String code) {
		return this.taxonomy.referenceList(ReferenceKind.KPI)
			.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	MockHttpServletResponse send(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc
			.perform(request.with(this.users.as(username)).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse();
	}

	static MockHttpServletRequestBuilder row(MockHttpServletRequestBuilder request, int i, long kpiId, String before,
			String after, String unit, String period, String site) {
		String p = "measurements[" + i + "].";
		return request.param(p + "kpiId", String.valueOf(kpiId))
			.param(p + "before", before)
			.param(p + "after", after)
			.param(p + "unit", unit)
			.param(p + "period", period)
			.param(p + "site", site);
	}

	MockHttpServletRequestBuilder newSolution(long scenarioId) {
		return post("/scenarios/" + scenarioId + "/solutions/new").param("action", "save")
			.param("actions", "1. 高峰前 15 分钟加开排班")
			.param("effect", "放弃率明显下降");
	}

	Solution newest(long scenarioId) {
		return this.scenarios.find(scenarioId).getSolutionsInOrderAdded().stream().reduce((a, b) -> b).orElseThrow();
	}

	@Test
	void aManagerAddsTwoMeasurementsWithASolutionAndSpareRowsAreIgnored() throws Exception {
		long id = this.scenarios.published("高峰放弃率", "高峰时段放弃率升高", "1. 原方案", "原效果");
		long abandonment = kpi("abandonment");
		long sl = kpi("service-level");

		MockHttpServletRequestBuilder request = row(
				row(newSolution(id), 0, abandonment, "12.5", "6.0", "PERCENT", "2周", "上海中心"), 1, sl, "72", "81,5",
				"PERCENT", "", "");
		MockHttpServletResponse response = send("manager",
				request.param("measurements[2].before", "")
					.param("measurements[2].after", "")
					.param("measurements[2].unit", "PERCENT"));

		assertThat(response.getStatus()).isEqualTo(302);
		List<Measurement> measurements = newest(id).getMeasurements();
		long manager = this.users.user("manager").getId();
		assertThat(measurements).containsExactly(
				new Measurement(abandonment, new BigDecimal("12.5"), new BigDecimal("6"), MeasureUnit.PERCENT, "2周",
						"上海中心", manager),
				new Measurement(sl, new BigDecimal("72"), new BigDecimal("81.5"), MeasureUnit.PERCENT, null, null,
						manager));
		assertThat(measurements.get(0).relativeChange()).isEqualTo(-0.52);
		assertThat(measurements.get(0).verdict(this.taxonomy.reference(abandonment).orElseThrow().better()))
			.isEqualTo(Measurement.Verdict.BETTER);
	}

	@Test
	void implausibleFiguresAreRefusedWithAMessageAndTheTypedTextIsKept() throws Exception {
		long id = this.scenarios.published("不合理的数字", "情景", "1. 原方案", "原效果");
		int before = this.scenarios.find(id).getSolutionsInOrderAdded().size();

		MockHttpServletResponse response = send("manager",
				row(row(newSolution(id), 0, kpi("abandonment"), "十二", "6", "PERCENT", "2周", ""), 1, kpi("aht"), "-30",
						"250", "SECONDS", "", "")
					.param("measurements[2].kpiId", String.valueOf(kpi("fcr")))
					.param("measurements[2].before", "70")
					.param("measurements[2].after", "120")
					.param("measurements[2].unit", "PERCENT"));

		assertThat(response.getStatus()).isEqualTo(422);
		String page = response.getContentAsString();
		assertThat(page).contains("value=\"十二\"", "value=\"-30\"", "value=\"120\"", "value=\"2周\"")
			.contains("Before: a number within the unit")
			.contains("After: a number within the unit");
		assertThat(this.scenarios.find(id).getSolutionsInOrderAdded()).hasSize(before);
	}

	@Test
	void measurementsAreRevisionedDiffedRevertedAndConflictChecked() throws Exception {
		long id = this.scenarios.published("效果的修订", "情景", "1. 原方案", "原效果");
		Solution solution = this.scenarios.find(id).getSolutionsInOrderAdded().get(0);
		long aht = kpi("aht");
		String edit = "/scenarios/" + id + "/solutions/" + solution.getId() + "/edit";

		MockHttpServletResponse first = send("manager",
				row(post(edit).param("action", "save")
					.param("actions", solution.getActions())
					.param("effect", solution.getEffect())
					.param("baseRevision", String.valueOf(solution.getRevisionNumber())), 0, aht, "420", "380",
						"SECONDS", "1个月", ""));
		assertThat(first.getStatus()).isEqualTo(302);
		int withFigures = this.scenarios.find(id).solution(solution.getId()).getRevisionNumber();

		// someone else changes the figure since the revision the form started from
		MockHttpServletResponse stale = send("manager2",
				row(post(edit).param("action", "save")
					.param("actions", solution.getActions())
					.param("effect", solution.getEffect())
					.param("baseRevision", String.valueOf(solution.getRevisionNumber())), 0, aht, "420", "360",
						"SECONDS", "1个月", ""));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Average handle time: 420 &rarr; 380 s (1个月)");

		List<RevisionEntry> revisions = this.history.history(id)
			.stream()
			.filter(r -> solution.getId().equals(r.solutionId()))
			.toList();
		RevisionEntry original = revisions.stream().filter(r -> r.number() == 1).findFirst().orElseThrow();
		RevisionEntry figured = revisions.stream().filter(r -> r.number() == withFigures).findFirst().orElseThrow();
		assertThat(this.history.compare(id, original.id(), figured.id(), Locale.ENGLISH).fields())
			.anySatisfy(field -> assertThat(field.afterHtml()).contains("420").contains("380"));

		this.history.revert(id, original.id(), this.users.editor(), null);

		assertThat(this.scenarios.find(id).solution(solution.getId()).getMeasurements()).isEmpty();
	}

	@Test
	void anAgentAddsTheirOwnFiguresWithIAppliedThisAndThePageAndApiShowTheMedianOfAllReports() throws Exception {
		long id = this.scenarios.published("大家都测过的方案", "情景", "1. 原方案", "原效果");
		long abandonment = kpi("abandonment");
		MockHttpServletResponse added = send("manager",
				row(row(newSolution(id), 0, abandonment, "12.5", "6", "PERCENT", "2周", "上海中心"), 1, abandonment, "10",
						"7", "PERCENT", "1个月", "成都中心"));
		assertThat(added.getStatus()).isEqualTo(302);
		Solution solution = newest(id);
		String applied = "/scenarios/" + id + "/solutions/" + solution.getId() + "/applied";

		MockHttpServletResponse refused = send("reader",
				post(applied).param("outcome", "有效")
					.param("kpiId", String.valueOf(abandonment))
					.param("before", "8")
					.param("after", "abc")
					.param("unit", "PERCENT")
					.param("site", "广州中心"));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("value=\"abc\"", "value=\"广州中心\"", "value=\"有效\"")
			.contains("After: a number within the unit");

		MockHttpServletResponse recorded = send("reader",
				post(applied).param("outcome", "有效")
					.param("kpiId", String.valueOf(abandonment))
					.param("before", "8")
					.param("after", "6")
					.param("unit", "PERCENT")
					.param("site", "广州中心"));
		assertThat(recorded.getStatus()).isEqualTo(302);

		String page = this.mvc
			.perform(get("/scenarios/" + id).with(this.users.as("reader")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// changes -6.5, -3 and -2 points; relative -52 %, -30 %, -25 %
		assertThat(page).contains("id=\"evidence-" + solution.getId() + "\"")
			.contains("median change -3 % (-30 %)")
			.contains("reports: 3 · sites: 3")
			.contains("verdict-better");

		String json = this.mvc.perform(get("/api/scenarios/" + id).with(this.users.as("reader")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains(
				"\"measurements\":[{\"kpi\":\"放弃率\",\"before\":12.5,\"after\":6,\"unit\":\"%\",\"period\":\"2周\",\"site\":\"上海中心\",\"reportedBy\":\"manager\"}")
			.contains("\"reports\":3,\"sites\":3")
			.contains("\"medianRelativeChange\":-30");
	}

	@Test
	void theCatalogueAndTheApiFindScenariosWhoseSolutionsMeasurablyImproveAKpi() throws Exception {
		long abandonment = kpi("abandonment");
		long better = this.scenarios.published("回拨降低放弃率", "情景", "1. 原方案", "原效果");
		long worse = this.scenarios.published("放弃率反而上升", "情景", "1. 原方案", "原效果");
		assertThat(send("manager", row(newSolution(better), 0, abandonment, "9", "4", "PERCENT", "", "")).getStatus())
			.isEqualTo(302);
		assertThat(send("manager", row(newSolution(worse), 0, abandonment, "5", "8", "PERCENT", "", "")).getStatus())
			.isEqualTo(302);

		String catalogue = this.mvc
			.perform(get("/scenarios").param("improves", String.valueOf(abandonment))
				.param("sort", "MEASURED_CHANGE")
				.with(this.users.as("reader")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(catalogue).contains("回拨降低放弃率").doesNotContain("放弃率反而上升");

		String api = this.mvc
			.perform(get("/api/scenarios").param("improves", "Abandonment rate").with(this.users.as("reader")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("回拨降低放弃率").doesNotContain("放弃率反而上升");

		MockHttpServletResponse unknown = this.mvc
			.perform(get("/api/scenarios").param("improves", "幸福指数").with(this.users.as("reader")))
			.andReturn()
			.getResponse();
		assertThat(unknown.getStatus()).isEqualTo(400);
	}

}
