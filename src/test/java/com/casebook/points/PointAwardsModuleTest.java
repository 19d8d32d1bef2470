package com.casebook.points;

import com.casebook.ModuleTest;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.user.Role;
import com.casebook.user.UserAdministration;
import com.casebook.user.UserAdministration.NewAccount;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The points module on its own: contribution events earn points, undoing takes them back.
 */
@ModuleTest
class PointAwardsModuleTest {

	@Autowired
	PointsLedger ledger;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory users;

	@Test
	void aPublicationEarnsItsAuthorPointsOnce(Scenario scenario) {
		long author = person("points-author");
		long editor = admin();

		scenario.publish(new ScenarioPublished(91001, author, editor))
			.andWaitForStateChange(() -> this.ledger.holds(author, PointReason.SCENARIO_PUBLISHED, "scenario:91001"))
			.andVerify(held -> assertThat(held).isTrue());
		scenario.publish(new ScenarioPublished(91001, author, editor))
			.andWaitForStateChange(() -> this.ledger.entries(author, 50), entries -> !entries.isEmpty())
			.andVerify(
					entries -> assertThat(entries).filteredOn(entry -> entry.reason() == PointReason.SCENARIO_PUBLISHED)
						.hasSize(1));
	}

	@Test
	void anAdoptionEarnsPointsAndItsWithdrawalTakesThemBack(Scenario scenario) {
		long author = person("points-adopted");
		long editor = admin();

		scenario.publish(new SolutionAdoptionChanged(91002, 92002, author, editor, true, null))
			.andWaitForStateChange(() -> this.ledger.holds(author, PointReason.SOLUTION_ADOPTED, "solution:92002"))
			.andVerify(held -> assertThat(held).isTrue());
		scenario.publish(new SolutionAdoptionChanged(91002, 92002, author, editor, false, null))
			.andWaitForStateChange(() -> !this.ledger.holds(author, PointReason.SOLUTION_ADOPTED, "solution:92002"))
			.andVerify(withdrawn -> assertThat(this.ledger.balance(author)).isZero());
	}

	private long person(String name) {
		return this.users.findByUsername(name)
			.orElseGet(() -> this.administration
				.create(new NewAccount(name, name, "module-test-password-1", Role.MANAGER, null)))
			.id();
	}

	private long admin() {
		return this.users.findByUsername("admin").orElseThrow().id();
	}

}
