package com.casebook.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.casebook.AsyncListeners;
import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.points.PointReason;
import com.casebook.points.PointsAwarded;
import com.casebook.points.PointsAwardedTogether;
import com.casebook.points.PointsLedger;
import com.casebook.points.Rewards;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserAdministration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Authors, watchers and point earners are told; nobody is told about their own action.
 */
@CasebookIntegrationTest
class NotificationsTest {

	@Autowired
	TestUsers users;

	@Autowired
	Notifications notifications;

	@Autowired
	Watches watches;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	SolutionAdoption adoption;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	UserAdministration administration;

	@Autowired
	MockMvc mvc;

	@Autowired
	Rewards rewards;

	@Autowired
	PointsLedger ledger;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ThreadPoolTaskExecutor executor;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void anAuthorHearsOfPublicationSendingBackAdoptionAndPoints() throws Exception {
		CurrentUser author = this.users.newManager("notify", null);
		long sentBack = submitted(author, "通知情景甲");
		this.review.sendBack(sentBack, this.users.user("editor"), "请补充数据");
		long published = submitted(author, "通知情景乙");
		this.review.publish(published, this.users.user("editor"));
		long solution = this.catalogue.find(published).orElseThrow().getSolutions().get(0).getId();
		this.adoption.adopt(published, solution, this.users.user("editor"), null);
		listenersDone();

		List<String> types = this.notifications.of(author.getId(), 20)
			.stream()
			.map(Notifications.Notification::type)
			.toList();
		// publishing and adopting both paid the author today: one points notice for both
		assertThat(types).contains("sentBack", "published", "adopted", "pointsGrouped").doesNotContain("points");
		assertThat(this.notifications.unread(author.getId())).isEqualTo(types.size());

		this.mvc.perform(get("/notifications").with(this.users.as(author.getUsername())))
			.andExpect(content().string(containsString("请补充数据")))
			.andExpect(content().string(containsString("通知情景乙")));
		long first = this.notifications.of(author.getId(), 1).get(0).id();
		this.mvc.perform(get("/notifications/" + first + "/open").with(this.users.as(author.getUsername())))
			.andExpect(redirectedUrl(this.notifications.of(author.getId(), 1).get(0).link()));
		assertThat(this.notifications.unread(author.getId())).isEqualTo(types.size() - 1);
		this.mvc.perform(post("/notifications/read").with(this.users.as(author.getUsername())).with(csrf()));
		assertThat(this.notifications.unread(author.getId())).isZero();
	}

	@Test
	void pointsOfOneDayMakeOneNoticeWhileItIsUnread() throws Exception {
		CurrentUser member = this.users.newManager("notify", null);
		this.notifications.notifyPoints(member.getId(), 10, "SOLUTION_ADDED", "/rewards");
		this.notifications.notifyPoints(member.getId(), 30, "SOLUTION_ADOPTED", "/rewards");
		this.notifications.notifyPoints(member.getId(), 5, "APPLIED_RECEIVED", "/rewards");

		assertThat(this.notifications.of(member.getId(), 10)).singleElement()
			.satisfies(n -> assertThat(n.type()).isEqualTo("pointsGrouped"))
			.satisfies(n -> assertThat(n.args()).containsExactly("45", "3"));
		assertThat(this.notifications.unread(member.getId())).isEqualTo(1);
		this.mvc.perform(get("/notifications").with(this.users.as(member.getUsername())))
			.andExpect(content().string(containsString("今天您的 3 项贡献共获得 45 积分。")));

		// once read, the next award rings the bell again
		this.notifications.readAll(member.getId());
		this.notifications.notifyPoints(member.getId(), 10, "SOLUTION_ADDED", "/rewards");
		assertThat(types(member)).containsExactly("points", "pointsGrouped");
	}

	@Test
	void awardsWrittenTogetherMakeOneNoticePerPersonAddedToTodaysOne() {
		CurrentUser importer = this.users.newManager("notify", null);
		CurrentUser other = this.users.newManager("notify", null);
		this.notifications.notifyPoints(importer.getId(), 10, "SCENARIO_PUBLISHED", "/rewards");

		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new PointsAwardedTogether(
				List.of(new PointsAwarded(importer.getId(), 30, PointReason.SOLUTION_ADOPTED, null),
						new PointsAwarded(other.getId(), 7, PointReason.SOLUTION_ADDED, null),
						new PointsAwarded(importer.getId(), 5, PointReason.SOLUTION_ADDED, null)))));
		listenersDone();

		assertThat(this.notifications.of(importer.getId(), 10)).singleElement()
			.satisfies(n -> assertThat(n.type()).isEqualTo("pointsGrouped"))
			.satisfies(n -> assertThat(n.args()).containsExactly("45", "3"));
		assertThat(this.notifications.of(other.getId(), 10)).singleElement()
			.satisfies(n -> assertThat(n.type()).isEqualTo("points"))
			.satisfies(n -> assertThat(n.args()).containsExactly("7", "SOLUTION_ADDED"));
	}

	@Test
	void watchersOfAScenarioOrItsTagHearOfNewSolutionsButNotOfTheirOwn() throws Exception {
		CurrentUser author = this.users.newManager("notify", null);
		CurrentUser scenarioWatcher = this.users.newManager("notify", null);
		CurrentUser tagWatcher = this.users.newManager("notify", null);
		long published = submitted(author, "通知情景丙");
		this.review.publish(published, this.users.user("editor"));
		listenersDone();
		this.mvc.perform(post("/watches/scenarios/" + published).param("watch", "true")
			.with(this.users.as(scenarioWatcher.getUsername()))
			.with(csrf()));
		long tag = this.catalogue.find(published).orElseThrow().getTagIds().iterator().next();
		this.mvc.perform(post("/watches/tags/" + tag).param("watch", "true")
			.with(this.users.as(tagWatcher.getUsername()))
			.with(csrf()));

		this.amendments.addSolution(published, scenarioWatcher, SolutionContent.of("1. 另一种做法", "也有效"));
		listenersDone();

		assertThat(types(author)).contains("solutionAdded");
		assertThat(types(tagWatcher)).contains("solutionAdded");
		assertThat(types(scenarioWatcher)).doesNotContain("solutionAdded");
		this.mvc.perform(get("/scenarios/" + published).with(this.users.as(scenarioWatcher.getUsername())))
			.andExpect(content().string(containsString("id=\"watch-form\"")))
			.andExpect(content().string(containsString("id=\"bell\"")));
	}

	@Test
	void aMemberHearsWhenTheirRedemptionIsFulfilledOrRejectedInTheirLanguage() throws Exception {
		CurrentUser member = this.users.newManager("notify", null);
		this.transactions.executeWithoutResult(tx -> this.ledger.write(member.getId(), 50, PointReason.SOLUTION_ADDED,
				"seed:notify:" + member.getId(), null, null));
		long reward = this.rewards.create("通知测试奖品", null, 20, 5);
		long fulfilled = this.rewards.redeem(member.getId(), reward);
		long rejected = this.rewards.redeem(member.getId(), reward);

		this.mvc.perform(post("/admin/redemptions/" + fulfilled + "/fulfil").with(this.users.as("admin")).with(csrf()));
		this.mvc.perform(post("/admin/redemptions/" + rejected + "/reject").param("note", "本季已停发")
			.with(this.users.as("admin"))
			.with(csrf()));
		listenersDone();

		assertThat(types(member)).contains("redemptionFulfilled", "redemptionRejectedWithNote");
		this.mvc
			.perform(get("/notifications").with(this.users.as(member.getUsername())).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("您兑换的奖品“通知测试奖品”已发放。")))
			.andExpect(content().string(containsString("您对“通知测试奖品”的兑换申请被驳回（本季已停发），20 积分已退回。")));
		this.mvc.perform(get("/notifications").with(this.users.as(member.getUsername())).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Your reward &quot;通知测试奖品&quot; was handed over.")));
	}

	/** Notifications are written after commit on another thread. */
	private void listenersDone() {
		new AsyncListeners(this.executor).awaitIdle();
	}

	private List<String> types(CurrentUser user) {
		return this.notifications.of(user.getId(), 50).stream().map(Notifications.Notification::type).toList();
	}

	private long submitted(CurrentUser author, String title) {
		long tag = this.catalogue.find(1L).orElseThrow().getTagIds().iterator().next();
		long id = this.drafting.createDraft(author,
				ScenarioContent.builder().title(title).situation("通知测试的描述").categoryId(1L).tagIds(Set.of(tag)).build(),
				SolutionContent.of("1. 做法", "效果"));
		this.drafting.submit(id, author);
		return id;
	}

}
