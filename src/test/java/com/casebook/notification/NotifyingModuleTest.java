package com.casebook.notification;

import com.casebook.ModuleTest;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSentBack;
import com.casebook.user.Role;
import com.casebook.user.UserAdministration;
import com.casebook.user.UserAdministration.NewAccount;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification module on its own: after the publishing transaction commits, its
 * listeners tell the author, on their own thread, and never tell people of their own
 * action.
 */
@ModuleTest
class NotifyingModuleTest {

	@Autowired
	Notifications notifications;

	@Autowired
	Watches watches;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory users;

	@Test
	void anAuthorHearsOfTheirPublicationAndNowWatchesTheScenario(Scenario scenario) {
		long author = person("notify-module-author");
		long editor = this.users.findByUsername("admin").orElseThrow().id();

		scenario.publish(new ScenarioPublished(93001, author, editor))
			.andWaitForStateChange(() -> this.notifications.of(author, 10), list -> !list.isEmpty())
			.andVerify(list -> {
				assertThat(list).extracting(Notifications.Notification::type).containsExactly("published");
				assertThat(list.get(0).link()).isEqualTo("/scenarios/93001");
				assertThat(this.watches.watches(author, Watches.Target.SCENARIO, 93001)).isTrue();
			});
	}

	@Test
	void anAuthorHearsWhyTheirSubmissionWasSentBack(Scenario scenario) {
		long author = person("notify-module-sent-back");
		long editor = this.users.findByUsername("admin").orElseThrow().id();

		scenario.publish(new ScenarioSentBack(93002, author, editor, "请补充效果数据"))
			.andWaitForStateChange(() -> this.notifications.of(author, 10), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list).singleElement().satisfies(notification -> {
				assertThat(notification.type()).isEqualTo("sentBack");
				assertThat(notification.args()).containsExactly("#93002", "请补充效果数据");
				assertThat(notification.link()).isEqualTo("/scenarios/93002/edit");
			}));
	}

	private long person(String name) {
		return this.users.findByUsername(name)
			.orElseGet(() -> this.administration
				.create(new NewAccount(name, name, "module-test-password-1", Role.MANAGER, null)))
			.id();
	}

}
