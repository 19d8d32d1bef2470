package com.casebook.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SOP candidates rank by evidence: more trusted measurements first, then the larger
 * median improvement, then more applications; the list shows that evidence, and the SOP
 * of the adopted solution carries its measurements.
 */
@CasebookIntegrationTest
class SopCandidatesByEvidenceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	SolutionAdoption adoption;

	long kpi(String code) {
		return this.taxonomy.referenceList(ReferenceKind.KPI)
			.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	long dailyScenario(CurrentUser author, String title, List<String[]> abandonment) {
		List<Measurement> measurements = new ArrayList<>();
		for (String[] figures : abandonment) {
			measurements.add(new Measurement(kpi("abandonment"), new BigDecimal(figures[0]), new BigDecimal(figures[1]),
					MeasureUnit.PERCENT, null, null, author.getId()));
		}
		ScenarioContent content = this.scenarios.content(title, "每天都发生的情景")
			.toBuilder()
			.frequency(Frequency.DAILY)
			.build();
		return this.scenarios.published(author, content,
				SolutionContent.of("1. 按步骤处理", "有效").withMeasurements(measurements));
	}

	List<Long> order() {
		return this.catalogue.sopCandidates().stream().map(c -> c.scenario().getId()).toList();
	}

	@Test
	void candidatesWithMoreMeasurementsAndLargerImprovementsComeFirst() throws Exception {
		CurrentUser author = this.users.newManager("sop", null);
		long unmeasured = dailyScenario(author, "没有测量的候选 " + System.nanoTime(), List.of());
		long small = dailyScenario(author, "小幅改善的候选 " + System.nanoTime(),
				List.of(new String[] { "8", "7.5" }, new String[] { "8", "7.6" }));
		long large = dailyScenario(author, "大幅改善的候选 " + System.nanoTime(),
				List.of(new String[] { "8", "5" }, new String[] { "9", "6" }));
		long mostReports = dailyScenario(author, "报告最多的候选 " + System.nanoTime(),
				List.of(new String[] { "8", "7" }, new String[] { "8", "7" }, new String[] { "7", "6" }));

		List<Long> order = order();
		assertThat(order).containsSubsequence(mostReports, large, small, unmeasured);
		SopCandidate top = this.catalogue.sopCandidates()
			.stream()
			.filter(c -> c.scenario().getId() == large)
			.findFirst()
			.orElseThrow();
		assertThat(top.reports()).isEqualTo(2);
		assertThat(top.improvementPercent()).isEqualTo(35);

		String page = this.mvc
			.perform(get("/sop-candidates").with(this.users.as("editor")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Median improvement", "id=\"candidate-" + large + "\"", "35 %");

		long solution = this.scenarios.find(large).getSolutionsInOrderAdded().get(0).getId();
		this.adoption.adopt(large, solution, this.users.editor(), "数据最好");
		assertThat(order()).doesNotContain(large);
		String sop = this.mvc
			.perform(get("/scenarios/" + large + "/sop.md").with(this.users.as("reader"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sop).contains("Abandonment rate");
	}

}
