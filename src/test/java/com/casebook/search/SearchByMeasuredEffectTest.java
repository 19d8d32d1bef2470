package com.casebook.search;

import java.math.BigDecimal;
import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.MeasureUnit;
import com.casebook.scenario.Measurement;
import com.casebook.scenario.MeasurementChecks;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search and its API filter by measured effect ({@code improves=} a KPI by its Chinese or
 * English name, code or id) and count the results with a measured improvement per KPI; an
 * unknown KPI is refused with a message, never a server error. A new measurement, and an
 * editor's confirmation of an outlier, are searchable at once.
 */
@CasebookIntegrationTest
class SearchByMeasuredEffectTest {

	private static final String WORD = "琥珀排班";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	ScenarioFeedback feedback;

	@Autowired
	MeasurementChecks checks;

	long kpi(String code) {
		return this.taxonomy.referenceList(ReferenceKind.KPI)
			.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	static Measurement measured(long kpi, String before, String after, MeasureUnit unit, CurrentUser by) {
		return new Measurement(kpi, new BigDecimal(before), new BigDecimal(after), unit, null, null, by.getId());
	}

	long published(CurrentUser author, String title, List<Measurement> measurements) {
		return this.scenarios.published(author, this.scenarios.content(title, title + "：高峰时段排队"),
				SolutionContent.of("1. 按" + WORD + "调整", "效果").withMeasurements(measurements));
	}

	@Test
	void improvesFiltersByAKpiNamedInEitherLanguageAndTheFacetCountsMeasuredImprovements() throws Exception {
		long abandonment = kpi("abandonment");
		long aht = kpi("aht");
		long asa = kpi("asa");
		CurrentUser author = this.users.newManager("effect", null);
		long measured = published(author, WORD + "降低放弃率",
				List.of(measured(abandonment, "8", "5", MeasureUnit.PERCENT, author),
						measured(aht, "300", "320", MeasureUnit.SECONDS, author)));
		long unmeasured = published(author, WORD + "尚未测量", List.of());

		for (String name : List.of("放弃率", "Abandonment rate", "abandonment", String.valueOf(abandonment))) {
			this.mvc
				.perform(get("/api/search").param("q", WORD).param("improves", name).with(httpBasic("reader", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.hits[0].id").value(measured));
		}
		// a change for the worse improves nothing
		this.mvc
			.perform(get("/api/search").param("q", WORD).param("improves", "平均处理时长").with(httpBasic("reader", "demo")))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/search").param("q", WORD).with(httpBasic("reader", "demo")))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.facets.improves[?(@.id == " + abandonment + ")].count").value(hasItem(1)))
			.andExpect(jsonPath("$.facets.improves[?(@.id == " + aht + ")]").isEmpty());

		this.mvc
			.perform(get("/search").param("q", WORD)
				.param("improves", "放弃率")
				.with(this.users.as("reader"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("scenario=" + measured + "&amp;")))
			.andExpect(content().string(not(containsString("scenario=" + unmeasured + "&amp;"))))
			.andExpect(content().string(containsString("id=\"facet-improves\"")))
			.andExpect(content().string(containsString("实测改善")));
		this.mvc.perform(
				get("/search").param("q", WORD).with(this.users.as("reader")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("Measured improvement")));

		// someone applies the unmeasured one with figures: it is found at once
		this.feedback.applied(unmeasured, this.scenarios.find(unmeasured).getSolutionsInOrderAdded().get(0).getId(),
				this.users.user("reader"), null, "有效",
				measured(abandonment, "7", "6", MeasureUnit.PERCENT, this.users.user("reader")));
		this.mvc.perform(get("/api/search").param("q", WORD).param("improves", "放弃率").with(httpBasic("reader", "demo")))
			.andExpect(jsonPath("$.total").value(2));

		// an outlier counts once an editor confirms it, and is found then
		// (without the word searched for)
		this.scenarios.published(author, this.scenarios.content("应答速度的常见改善", "高峰时段应答慢"),
				SolutionContent.of("1. 加开排班", "应答更快")
					.withMeasurements(List.of(measured(asa, "60", "40", MeasureUnit.SECONDS, author),
							measured(asa, "50", "35", MeasureUnit.SECONDS, author),
							measured(asa, "45", "30", MeasureUnit.SECONDS, author))));
		long outlier = published(author, WORD + "应答奇迹",
				List.of(measured(asa, "500000", "100", MeasureUnit.SECONDS, author)));
		// (words may also find demo scenarios that improve the KPI: only the outlier's
		// own hit matters)
		this.mvc.perform(get("/api/search").param("q", WORD).param("improves", "asa").with(httpBasic("reader", "demo")))
			.andExpect(jsonPath("$.hits[*].id").value(not(hasItem((int) outlier))));
		this.checks.confirm(
				new MeasurementChecks.Checked(this.scenarios.find(outlier).getSolutionsInOrderAdded().get(0).getId(),
						asa, new BigDecimal("500000"), new BigDecimal("100"), MeasureUnit.SECONDS, author.getId()),
				this.users.editor());
		this.mvc.perform(get("/api/search").param("q", WORD).param("improves", "asa").with(httpBasic("reader", "demo")))
			.andExpect(jsonPath("$.hits[*].id").value(hasItem((int) outlier)));
	}

	@Test
	void anUnknownKpiIsRefusedWithAMessageNotAServerError() throws Exception {
		this.mvc
			.perform(get("/api/search").param("improves", "不存在的指标")
				.with(httpBasic("reader", "demo"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("不存在的指标")));
		this.mvc
			.perform(get("/search").param("q", WORD)
				.param("improves", "不存在的指标")
				.with(this.users.as("reader"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unknown-kpi\"")))
			.andExpect(content().string(containsString("No KPI is called")))
			.andExpect(content().string(containsString("value=\"" + WORD + "\"")));
	}

	@Test
	void theApiDescribesTheImprovesParameter() throws Exception {
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/search'].get.parameters[*].name").value(hasItem("improves")));
	}

}
