package com.casebook.points;

import java.math.BigDecimal;
import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.MeasureUnit;
import com.casebook.scenario.Measurement;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measured effect that someone else confirms with their own "I applied this" figures
 * (same solution and KPI, the same way) earns its author the rule's amount, exactly once
 * per solution and KPI however many confirm it; figures pointing the other way confirm
 * nothing.
 */
@CasebookIntegrationTest
class EffectConfirmedPointsTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioFeedback feedback;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	PointRules rules;

	@Autowired
	PointsLedger ledger;

	@Autowired
	JdbcClient jdbc;

	long abandonment() {
		return this.taxonomy.referenceList(ReferenceKind.KPI)
			.stream()
			.filter(k -> k.code().equals("abandonment"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	static Measurement percent(long kpi, String before, String after, CurrentUser by) {
		return new Measurement(kpi, new BigDecimal(before), new BigDecimal(after), MeasureUnit.PERCENT, "2周", null,
				by.getId());
	}

	record Published(long scenarioId, long solutionId) {
	}

	Published measuredBy(CurrentUser author, long kpi) {
		long id = this.scenarios.published(author, this.scenarios.content("放弃率下降 " + System.nanoTime(), "高峰放弃率高"),
				SolutionContent.of("1. 加开排班", "放弃率下降").withMeasurements(List.of(percent(kpi, "8", "5", author))));
		return new Published(id, this.scenarios.find(id).getSolutionsInOrderAdded().get(0).getId());
	}

	long entries(long userId, String cause) {
		return this.jdbc
			.sql("select count(*) from point_entry where user_id = ? and reason = 'EFFECT_CONFIRMED' and cause = ?")
			.param(userId)
			.param(cause)
			.query(Long.class)
			.single();
	}

	@Test
	void anEffectConfirmedByOthersPaysItsAuthorExactlyOncePerSolutionAndKpi() {
		long kpi = abandonment();
		CurrentUser author = this.users.newManager("measured", null);
		CurrentUser first = this.users.newManager("confirmer", null);
		CurrentUser second = this.users.newManager("confirmer", null);
		Published s = measuredBy(author, kpi);
		String cause = "effect:" + s.solutionId() + ":" + kpi;
		long before = this.ledger.balance(author.getId());

		this.feedback.applied(s.scenarioId(), s.solutionId(), first, null, "有效", percent(kpi, "7", "5.5", first));
		this.feedback.applied(s.scenarioId(), s.solutionId(), second, null, "有效", percent(kpi, "9", "6", second));

		assertThat(entries(author.getId(), cause)).isEqualTo(1);
		// "I applied this" pays its own rule twice; the confirmed effect once
		assertThat(this.ledger.balance(author.getId()) - before)
			.isEqualTo(this.rules.amount("EFFECT_CONFIRMED") + 2 * this.rules.amount("APPLIED_RECEIVED"));
		// the first to apply it reported figures too, which the second confirmed
		assertThat(entries(first.getId(), cause)).isEqualTo(1);
		// nobody confirms their own figures
		assertThat(entries(second.getId(), cause)).isZero();
	}

	@Test
	void figuresPointingTheOtherWayConfirmNothing() {
		long kpi = abandonment();
		CurrentUser author = this.users.newManager("measured", null);
		CurrentUser other = this.users.newManager("doubter", null);
		Published s = measuredBy(author, kpi);

		this.feedback.applied(s.scenarioId(), s.solutionId(), other, null, "没用", percent(kpi, "5", "7", other));

		assertThat(entries(author.getId(), "effect:" + s.solutionId() + ":" + kpi)).isZero();
	}

	@Test
	void theRuleIsEditableLikeTheOthers() {
		assertThat(this.rules.all()).containsKey("EFFECT_CONFIRMED");
	}

}
