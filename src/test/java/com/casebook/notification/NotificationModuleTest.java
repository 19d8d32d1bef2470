package com.casebook.notification;

import com.casebook.ModuleOnItsOwn;
import com.casebook.points.PointReason;
import com.casebook.points.PointsAwarded;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification module on its own: other modules' events arrive after their
 * transaction commits, on another thread, and become bell items and watches.
 */
@ModuleOnItsOwn
class NotificationModuleTest {

	@Autowired
	Notifications notifications;

	@Autowired
	Watches watches;

	@Autowired
	JdbcClient jdbc;

	/** Titles of scenarios this test does not have: the bell says "#id" instead. */
	@MockitoBean
	ScenarioCatalogue catalogue;

	@MockitoBean
	UserDirectory directory;

	long author;

	long editor;

	@BeforeEach
	void twoPeople() {
		this.author = ModuleOnItsOwn.People.newAccount(this.jdbc, "bell-author");
		this.editor = ModuleOnItsOwn.People.newAccount(this.jdbc, "bell-editor");
	}

	@Test
	void aPublishedScenarioTellsItsAuthorAndTheAuthorWatchesIt(Scenario scenario) {
		scenario.publish(new ScenarioPublished(8001, this.author, this.editor))
			.andWaitForStateChange(() -> this.notifications.of(this.author, 10), list -> !list.isEmpty())
			.andVerify(list -> {
				assertThat(list).extracting(Notifications.Notification::type).containsExactly("published");
				assertThat(list.get(0).link()).isEqualTo("/scenarios/8001");
				assertThat(this.watches.watches(this.author, Watches.Target.SCENARIO, 8001)).isTrue();
			});
	}

	@Test
	void nobodyIsToldAboutTheirOwnPublishing(Scenario scenario) {
		scenario.publish(new ScenarioPublished(8002, this.author, this.author))
			.andWaitForStateChange(() -> this.watches.watches(this.author, Watches.Target.SCENARIO, 8002))
			.andVerify(watching -> assertThat(this.notifications.of(this.author, 10)).isEmpty());
	}

	@Test
	void pointsEarnedRingTheBellWithTheAmount(Scenario scenario) {
		scenario.publish(new PointsAwarded(this.author, 15, PointReason.SCENARIO_PUBLISHED, 8003L))
			.andWaitForStateChange(() -> this.notifications.of(this.author, 10), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list).singleElement()
				.satisfies(n -> assertThat(n.args()).containsExactly("15", "SCENARIO_PUBLISHED")));
	}

}
