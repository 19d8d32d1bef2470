package com.casebook.points;

import com.casebook.ModuleOnItsOwn;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdded;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.user.ApiTokens;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The points module on its own (and the embedded database): the scenario module's events
 * are published as Spring Modulith's {@link Scenario} would see them from outside, and
 * the ledger answers. No other module's beans are started, so what the points module
 * needs from them is only their events.
 */
@ModuleOnItsOwn
class PointsModuleTest {

	@Autowired
	PointsLedger ledger;

	@Autowired
	PointRules rules;

	@Autowired
	JdbcClient jdbc;

	/** For the leaderboard's and profile's pages, which this test does not open. */
	@MockitoBean
	UserDirectory directory;

	@MockitoBean
	ApiTokens tokens;

	long author;

	long editor;

	@BeforeEach
	void twoPeople() {
		this.author = ModuleOnItsOwn.People.newAccount(this.jdbc, "module-author");
		this.editor = ModuleOnItsOwn.People.newAccount(this.jdbc, "module-editor");
	}

	@Test
	void aPublishedScenarioEarnsItsAuthorThePublishingPointsAndTheFirstContributionBonus(Scenario scenario) {
		scenario.publish(new ScenarioPublished(9001, this.author, this.editor))
			.andWaitForStateChange(() -> this.ledger.balance(this.author), balance -> balance > 0)
			.andVerify(balance -> assertThat(balance).isEqualTo(this.rules.amount(PointReason.SCENARIO_PUBLISHED.name())
					+ this.rules.amount(PointReason.FIRST_CONTRIBUTION.name())));
	}

	@Test
	void anAdoptionTakenBackTakesItsPointsBack(Scenario scenario) {
		scenario.publish(new SolutionAdded(9002, 7001, this.author))
			.andWaitForStateChange(() -> this.ledger.holds(this.author, PointReason.SOLUTION_ADDED, "solution:7001"));
		long beforeAdoption = this.ledger.balance(this.author);

		scenario.publish(new SolutionAdoptionChanged(9002, 7001, this.author, this.editor, true, null))
			.andWaitForStateChange(() -> this.ledger.holds(this.author, PointReason.SOLUTION_ADOPTED, "solution:7001"));
		scenario.publish(new SolutionAdoptionChanged(9002, 7001, this.author, this.editor, false, null))
			.andWaitForStateChange(() -> this.ledger.balance(this.author), balance -> balance == beforeAdoption)
			.andVerify(
					balance -> assertThat(this.ledger.holds(this.author, PointReason.SOLUTION_ADOPTED, "solution:7001"))
						.isFalse());
	}

	@Test
	void theSameAnnouncementTwiceEarnsOnce(Scenario scenario) {
		ScenarioPublished published = new ScenarioPublished(9003, this.author, this.editor);
		scenario.publish(published).andWaitForStateChange(() -> this.ledger.balance(this.author), b -> b > 0);
		long once = this.ledger.balance(this.author);

		scenario.publish(published)
			.andWaitForStateChange(() -> this.ledger.balance(this.author))
			.andVerify(balance -> assertThat(balance).isEqualTo(once));
	}

}
