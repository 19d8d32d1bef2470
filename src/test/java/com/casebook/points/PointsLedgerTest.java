package com.casebook.points;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.casebook.AsyncListeners;
import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.revision.RevisionEntry;
import com.casebook.revision.RevisionHistory;
import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserAdministration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger: awards once per cause, reversals, rules that are not retroactive, balances.
 */
@CasebookIntegrationTest
class PointsLedgerTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	PointsLedger ledger;

	@Autowired
	PointRules rules;

	@Autowired
	Rewards rewards;

	@Autowired
	SolutionAdoption adoption;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioFeedback feedback;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	RevisionHistory history;

	@Autowired
	UserAdministration administration;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ThreadPoolTaskExecutor executor;

	@Test
	void publishingAndAdoptingEarnPointsAndWithdrawingAnAdoptionReversesThem() {
		CurrentUser author = this.users.newManager("points", "测试组");
		long scenario = published(author, "积分情景甲");
		long solution = this.catalogue.find(scenario).orElseThrow().getSolutions().get(0).getId();
		int published = this.rules.amount("SCENARIO_PUBLISHED");
		int first = this.rules.amount("FIRST_CONTRIBUTION");
		assertThat(this.ledger.balance(author.getId())).isEqualTo(published + first);

		this.adoption.adopt(scenario, solution, this.users.user("editor"), "最佳做法");
		int adopted = this.rules.amount("SOLUTION_ADOPTED");
		assertThat(this.ledger.balance(author.getId())).isEqualTo(published + first + adopted);

		this.adoption.withdrawAdoption(scenario, this.users.user("editor"));
		assertThat(this.ledger.balance(author.getId())).isEqualTo(published + first);
		assertThat(this.ledger.entries(author.getId(), 10))
			.anyMatch(e -> e.reversesId() != null && e.amount() == -adopted);
	}

	@Test
	void ownAppliedThisEarnsNothingAndOthersArePaidUpToTheDailyCap() {
		CurrentUser author = this.users.newManager("points", "测试组");
		long scenario = published(author, "积分情景乙");
		long solution = this.catalogue.find(scenario).orElseThrow().getSolutions().get(0).getId();
		long before = this.ledger.balance(author.getId());
		this.feedback.applied(scenario, solution, author, null, null);
		assertThat(this.ledger.balance(author.getId())).isEqualTo(before);

		int cap = this.rules.amount(PointRules.DAILY_APPLIED_CAP);
		for (int i = 0; i < cap + 2; i++) {
			this.feedback.applied(scenario, solution, this.users.newManager("points", "测试组"), null, null);
		}
		assertThat(this.ledger.balance(author.getId()))
			.isEqualTo(before + (long) cap * this.rules.amount("APPLIED_RECEIVED"));
	}

	@Test
	void anAwardIsWrittenExactlyOnceUnderTwentyParallelIdenticalRequests() throws Exception {
		CurrentUser author = this.users.newManager("points", "测试组");
		List<Boolean> written = parallel(20, () -> this.transactions.execute(tx -> this.ledger
			.award(author.getId(), PointReason.SOLUTION_ADDED, "solution:parallel-" + author.getId(), null, null)
			.isPresent()));
		assertThat(written).containsOnlyOnce(true);
		assertThat(this.jdbc.sql("select count(*) from point_entry where user_id = :u")
			.param("u", author.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twentyParallelRedemptionsNeverSpendMoreThanTheBalance() throws Exception {
		CurrentUser buyer = this.users.newManager("points", "测试组");
		this.transactions.executeWithoutResult(tx -> this.ledger.write(buyer.getId(), 30, PointReason.SOLUTION_ADDED,
				"seed:" + buyer.getId(), null, null));
		long reward = this.rewards.create("并发测试奖品", null, 10, 100);

		List<Boolean> redeemed = parallel(20, () -> {
			try {
				this.rewards.redeem(buyer.getId(), reward);
				return true;
			}
			catch (Rewards.RedemptionRefused refused) {
				return false;
			}
		});

		assertThat(redeemed.stream().filter(Boolean::booleanValue)).hasSize(3);
		assertThat(this.ledger.balance(buyer.getId())).isZero();
		assertThat(
				this.rewards.catalogue(false).stream().filter(r -> r.id() == reward).findFirst().orElseThrow().stock())
			.isEqualTo(97);
	}

	@Test
	void aRejectedRedemptionReturnsThePointsAndTheItem() {
		CurrentUser buyer = this.users.newManager("points", "测试组");
		this.transactions.executeWithoutResult(tx -> this.ledger.write(buyer.getId(), 50, PointReason.SOLUTION_ADDED,
				"seed:" + buyer.getId(), null, null));
		long reward = this.rewards.create("退回测试奖品", null, 40, 1);
		long redemption = this.rewards.redeem(buyer.getId(), reward);
		assertThat(this.ledger.balance(buyer.getId())).isEqualTo(10);

		this.rewards.reject(redemption, this.users.user("admin").getId(), "缺货");
		assertThat(this.ledger.balance(buyer.getId())).isEqualTo(50);
		assertThat(this.rewards.of(buyer.getId())).extracting(Rewards.Redemption::status).containsExactly("REJECTED");
		assertThat(
				this.rewards.catalogue(false).stream().filter(r -> r.id() == reward).findFirst().orElseThrow().stock())
			.isEqualTo(1);
	}

	@Test
	void changingARuleAppliesFromThenOnAndNeverRetroactively() {
		CurrentUser first = this.users.newManager("points", "测试组");
		CurrentUser second = this.users.newManager("points", "测试组");
		int original = this.rules.amount("SCENARIO_PUBLISHED");
		published(first, "积分情景丙");
		try {
			this.rules.change("SCENARIO_PUBLISHED", original + 40, this.users.user("admin").getId());
			published(second, "积分情景丁");
		}
		finally {
			this.rules.change("SCENARIO_PUBLISHED", original, this.users.user("admin").getId());
		}
		assertThat(amountOf(first, PointReason.SCENARIO_PUBLISHED)).isEqualTo(original);
		assertThat(amountOf(second, PointReason.SCENARIO_PUBLISHED)).isEqualTo(original + 40);
	}

	@Test
	void everyBalanceIsTheSumOfItsLedgerEntries() {
		CurrentUser person = this.users.newManager("points", "测试组");
		long scenario = published(person, "积分情景戊");
		long solution = this.catalogue.find(scenario).orElseThrow().getSolutions().get(0).getId();
		this.adoption.adopt(scenario, solution, this.users.user("editor"), null);
		this.adoption.withdrawAdoption(scenario, this.users.user("editor"));
		long reward = this.rewards.create("对账奖品", null, 5, 10);
		this.rewards.reject(this.rewards.redeem(person.getId(), reward), this.users.user("admin").getId(), null);
		this.rewards.redeem(person.getId(), reward);

		List<long[]> users = this.jdbc.sql("select user_id, sum(amount) from point_entry group by user_id")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		assertThat(users).isNotEmpty().allSatisfy(row -> assertThat(this.ledger.balance(row[0])).isEqualTo(row[1]));
		assertThat(this.jdbc.sql("select count(*) from point_entry e where e.reverses_id is not null and not exists "
				+ "(select 1 from point_entry o where o.id = e.reverses_id and o.amount = -e.amount and o.user_id = e.user_id)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoEditsAndThreeRevertsLeaveOnlyTheTwoAwardsAndTheirReversals() {
		CurrentUser author = this.users.newManager("points", "测试组");
		CurrentUser editor = this.users.newManager("points", "测试组");
		long scenario = published(author, "回退积分情景");
		amend(scenario, editor, "第二版的描述");
		amend(scenario, editor, "第三版的描述");
		revertTo(scenario, 2, editor);
		revertTo(scenario, 1, editor);
		revertTo(scenario, 3, editor);

		int amendment = this.rules.amount("AMENDMENT");
		String second = "revision:" + scenario + ":2";
		String third = "revision:" + scenario + ":3";
		assertThat(this.jdbc
			.sql("select reason || ' ' || cause || ' ' || amount || case when reverses_id is null then '' "
					+ "else ' reversal' end from point_entry where user_id = :u order by id")
			.param("u", editor.getId())
			.query(String.class)
			.list()).containsExactly("AMENDMENT " + second + " " + amendment, "AMENDMENT " + third + " " + amendment,
					"AMENDMENT " + third + " " + -amendment + " reversal",
					"AMENDMENT " + second + " " + -amendment + " reversal");
		assertThat(this.ledger.balance(editor.getId())).isZero();
	}

	@Test
	void amendmentsPastTheDailyCapEarnNothingAndLedgerBalanceAndNotificationsAgree() {
		CurrentUser author = this.users.newManager("points", "测试组");
		CurrentUser editor = this.users.newManager("points", "测试组");
		long scenario = published(author, "修订上限情景");
		int cap = this.rules.amount(PointRules.DAILY_AMENDMENT_CAP);
		try {
			this.rules.change(PointRules.DAILY_AMENDMENT_CAP, 2, this.users.user("admin").getId());
			for (int i = 1; i <= 4; i++) {
				amend(scenario, editor, "第 " + i + " 次修订的描述");
			}
		}
		finally {
			this.rules.change(PointRules.DAILY_AMENDMENT_CAP, cap, this.users.user("admin").getId());
		}

		int amendment = this.rules.amount("AMENDMENT");
		assertThat(this.ledger.entries(editor.getId(), 50)).extracting(PointsLedger.Entry::cause)
			.containsExactlyInAnyOrder("revision:" + scenario + ":2", "revision:" + scenario + ":3");
		assertThat(this.ledger.balance(editor.getId())).isEqualTo(2L * amendment);
		// the two awards of one day ring the bell once, as one notice adding both up
		new AsyncListeners(this.executor).awaitIdle();
		assertThat(this.jdbc
			.sql("select args from notification where user_id = :u and type in ('points', 'pointsGrouped')")
			.param("u", editor.getId())
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
			.list()).containsExactly(List.of(String.valueOf(2 * amendment), "2"));
	}

	@Test
	void aRevertedAmendmentNoLongerUsesUpTheDailyCap() {
		CurrentUser author = this.users.newManager("points", "测试组");
		CurrentUser editor = this.users.newManager("points", "测试组");
		long scenario = published(author, "回退释放上限情景");
		int cap = this.rules.amount(PointRules.DAILY_AMENDMENT_CAP);
		try {
			this.rules.change(PointRules.DAILY_AMENDMENT_CAP, 1, this.users.user("admin").getId());
			amend(scenario, editor, "第一次修订的描述");
			revertTo(scenario, 1, editor);
			amend(scenario, editor, "重新写过的描述");
		}
		finally {
			this.rules.change(PointRules.DAILY_AMENDMENT_CAP, cap, this.users.user("admin").getId());
		}
		assertThat(this.ledger.balance(editor.getId())).isEqualTo(this.rules.amount("AMENDMENT"));
		assertThat(this.ledger.holds(editor.getId(), PointReason.AMENDMENT, "revision:" + scenario + ":4")).isTrue();
	}

	private void amend(long scenario, CurrentUser editor, String situation) {
		var current = this.catalogue.find(scenario).orElseThrow();
		var content = current.content();
		this.amendments.amend(scenario, editor, content.toBuilder().situation(situation).build(),
				current.getRevisionNumber(), "改写");
	}

	private void revertTo(long scenario, int number, CurrentUser editor) {
		RevisionEntry revision = this.history.history(scenario)
			.stream()
			.filter(r -> !r.isOfSolution() && r.number() == number)
			.findFirst()
			.orElseThrow();
		this.history.revert(scenario, revision.id(), editor, "↩ r" + number);
	}

	private long amountOf(CurrentUser user, PointReason reason) {
		return this.ledger.entries(user.getId(), 50)
			.stream()
			.filter(e -> e.reason() == reason)
			.mapToLong(e -> e.amount())
			.sum();
	}

	private <T> List<T> parallel(int threads, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private long published(CurrentUser author, String title) {
		return this.scenarios.published(author,
				ScenarioContent.builder().title(title).situation("积分测试的描述").categoryId(1L).build(),
				SolutionContent.of("1. 做法", "效果"));
	}

}
