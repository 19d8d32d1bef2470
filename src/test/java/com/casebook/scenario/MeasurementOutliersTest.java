package com.casebook.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.points.PointReason;
import com.casebook.points.PointsLedger;
import com.casebook.report.Reports;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A reported change more than ten times the KPI's typical change is flagged for editors
 * and held back from the median, the "improves" filter and "What works" until an editor
 * confirms it; then it counts, and its author is paid for the confirmed effect.
 */
@CasebookIntegrationTest
class MeasurementOutliersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	Reports reports;

	@Autowired
	PointsLedger ledger;

	@Autowired
	JdbcClient jdbc;

	long kpi(String code) {
		return this.taxonomy.referenceList(ReferenceKind.KPI)
			.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	static Measurement seconds(long kpi, String before, String after, CurrentUser by) {
		return new Measurement(kpi, new BigDecimal(before), new BigDecimal(after), MeasureUnit.SECONDS, "2周", null,
				by.getId());
	}

	long publishedWith(CurrentUser author, String title, List<Measurement> measurements) {
		return this.scenarios.published(author, this.scenarios.content(title, "来电排队时间过长"),
				SolutionContent.of("1. 高峰前加开排班", "应答更快").withMeasurements(measurements));
	}

	List<Long> improving(long kpi) {
		return this.catalogue
			.published(new CatalogueQuery(null, null, null, null, null, kpi, CatalogueSort.NEWEST, 0, 100))
			.getContent()
			.stream()
			.map(ScenarioRow::id)
			.toList();
	}

	@Test
	void anOutlierIsHeldBackFromTheMedianAndTheFiltersUntilAnEditorConfirmsIt() throws Exception {
		long asa = kpi("asa");
		CurrentUser author = this.users.newManager("outlier", null);
		// three ordinary reports, so the KPI has a typical change whatever else is stored
		long ordinary = publishedWith(author, "应答速度的常见改善 " + System.nanoTime(), List
			.of(seconds(asa, "60", "40", author), seconds(asa, "50", "35", author), seconds(asa, "45", "30", author)));
		String title = "应答速度的惊人改善 " + System.nanoTime();
		long id = publishedWith(author, title, List.of(seconds(asa, "500000", "100", author)));
		long solution = this.scenarios.find(id).getSolutionsInOrderAdded().get(0).getId();

		SolutionEvidence held = this.catalogue.page(id, null).orElseThrow().evidence(solution);
		assertThat(held.kpi(asa)).as("no counted report of the KPI").isEmpty();
		assertThat(held.heldBack()).singleElement()
			.satisfies(h -> assertThat(h.measurement().after()).isEqualByComparingTo("100"));
		assertThat(improving(asa)).contains(ordinary).doesNotContain(id);
		assertThat(this.reports.whatWorks(Locale.ENGLISH).labels()).noneMatch(label -> label.contains(title));

		String page = this.mvc
			.perform(get("/scenarios/" + id).with(this.users.as("editor")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("class=\"outlier\"", "Outlier", "held back from the median", "confirm-outlier");
		String readersPage = this.mvc.perform(get("/scenarios/" + id).with(this.users.as("reader")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(readersPage).contains("class=\"outlier\"").doesNotContain("confirm-outlier");

		assertThat(this.mvc.perform(get("/review/measurements").with(this.users.as("reader")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		String list = this.mvc
			.perform(get("/review/measurements").with(this.users.as("editor"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(title, "异常测量值");

		int confirmed = this.mvc
			.perform(post("/review/measurements/confirm").param("scenarioId", String.valueOf(id))
				.param("solutionId", String.valueOf(solution))
				.param("kpiId", String.valueOf(asa))
				.param("before", "500000.000")
				.param("after", "100")
				.param("unit", "SECONDS")
				.param("reportedBy", String.valueOf(author.getId()))
				.param("back", "scenario")
				.with(this.users.as("editor"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(confirmed).isEqualTo(302);

		SolutionEvidence trusted = this.catalogue.page(id, null).orElseThrow().evidence(solution);
		assertThat(trusted.heldBack()).isEmpty();
		assertThat(trusted.kpi(asa)).hasValueSatisfying(k -> assertThat(k.reports()).isEqualTo(1));
		assertThat(improving(asa)).contains(ordinary, id);
		assertThat(this.reports.whatWorks(Locale.ENGLISH).labels()).anyMatch(label -> label.contains(title));
		assertThat(this.mvc.perform(get("/review/measurements").with(this.users.as("editor")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(title);
		assertThat(this.ledger.holds(author.getId(), PointReason.EFFECT_CONFIRMED, "effect:" + solution + ":" + asa))
			.as("the editor's confirmation pays the author")
			.isTrue();
	}

	@Test
	void aTinyTypicalChangeIsRaisedToTheUnitsFloorAndFewerThanThreeReportsFlagNothing() {
		long transfers = kpi("transfer-rate");
		long qa = kpi("qa-score");
		CurrentUser author = this.users.newManager("floor", null);
		// counts whose reports barely move (median change 0.2): the floor of one count
		// keeps
		// a change of 4 ordinary, while 20 is more than ten times it
		long id = publishedWith(author, "转接次数小幅变化 " + System.nanoTime(),
				List.of(count(transfers, "10", "9.9", author), count(transfers, "10", "9.8", author),
						count(transfers, "10", "9.9", author), count(transfers, "10", "6", author),
						count(transfers, "30", "10", author),
						// a KPI in a unit with two reports has no typical change yet
						count(qa, "1", "2", author), count(qa, "1", "900", author)));
		assertThat(this.jdbc.sql("""
				select kpi_id, before_value, after_value from measurement_checks
				where scenario_id = ? and outlier order by kpi_id
				""")
			.param(id)
			.query((rs, n) -> rs.getLong(1) + ":" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + "→"
					+ rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
			.list()).containsExactly(transfers + ":30→10");
	}

	static Measurement count(long kpi, String before, String after, CurrentUser by) {
		return new Measurement(kpi, new BigDecimal(before), new BigDecimal(after), MeasureUnit.COUNT, null, null,
				by.getId());
	}

}
