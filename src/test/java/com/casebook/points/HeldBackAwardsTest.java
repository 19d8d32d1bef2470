package com.casebook.points;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.database.WriteBehind;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Awards held back by a bulk import's transaction ({@link WriteBehind}) come out as they
 * would one at a time: once per person and cause (a cause awarded before, or twice in the
 * batch, is written once), those written announced together, all of them in by the
 * commit, and none after a rollback.
 */
@CasebookIntegrationTest
@RecordApplicationEvents
class HeldBackAwardsTest {

	@Autowired
	TestUsers users;

	@Autowired
	PointsLedger ledger;

	@Autowired
	WriteBehind writeBehind;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void heldBackAwardsAreWrittenByTheCommitOncePerCauseAndEachWrittenOneIsAnnounced() {
		CurrentUser author = this.users.newManager("held", "held-team");
		this.transactions.executeWithoutResult(status -> this.ledger.award(author.getId(),
				PointReason.SCENARIO_PUBLISHED, "scenario:held-before", null, null));
		this.events.clear();

		this.transactions.executeWithoutResult(status -> {
			this.writeBehind.start();
			this.ledger.award(author.getId(), PointReason.SCENARIO_PUBLISHED, "scenario:held-before", null, null);
			this.ledger.award(author.getId(), PointReason.SCENARIO_PUBLISHED, "scenario:held-1", null, null);
			this.ledger.award(author.getId(), PointReason.SCENARIO_PUBLISHED, "scenario:held-1", null, null);
			this.ledger.award(author.getId(), PointReason.SOLUTION_ADDED, "solution:held-2", 7L, 8L);
			assertThat(entries(author)).as("held back until the flush").isEqualTo(1);
		});

		assertThat(entries(author)).isEqualTo(3);
		assertThat(this.ledger.holds(author.getId(), PointReason.SOLUTION_ADDED, "solution:held-2")).isTrue();
		assertThat(this.events.stream(PointsAwarded.class)).as("not one by one").isEmpty();
		assertThat(this.events.stream(PointsAwardedTogether.class)).singleElement()
			.satisfies(together -> assertThat(together.awards()).map(PointsAwarded::reason)
				.containsExactly(PointReason.SCENARIO_PUBLISHED, PointReason.SOLUTION_ADDED));
	}

	@Test
	void aReadOfTheLedgerInTheSameTransactionSeesTheAwardsHeldBack() {
		CurrentUser author = this.users.newManager("held-read", "held-team");

		long balance = this.transactions.execute(status -> {
			this.writeBehind.start();
			this.ledger.award(author.getId(), PointReason.SCENARIO_PUBLISHED, "scenario:held-read", null, null);
			return this.ledger.balance(author.getId());
		});

		assertThat(balance).isPositive();
	}

	@Test
	void awardsHeldBackByATransactionThatRollsBackAreNeverWritten() {
		CurrentUser author = this.users.newManager("held-rollback", "held-team");

		this.transactions.executeWithoutResult(status -> {
			this.writeBehind.start();
			this.ledger.award(author.getId(), PointReason.SCENARIO_PUBLISHED, "scenario:held-rollback", null, null);
			status.setRollbackOnly();
		});

		assertThat(entries(author)).isZero();
		assertThat(this.events.stream(PointsAwarded.class)).isEmpty();
		assertThat(this.events.stream(PointsAwardedTogether.class)).isEmpty();
	}

	@Test
	void aTransactionStartedInsideWritesAtOnceAndTheOuterOneStillHoldsBack() {
		CurrentUser author = this.users.newManager("held-inner", "held-team");
		TransactionTemplate inner = new TransactionTemplate(this.transactions.getTransactionManager());
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		this.transactions.executeWithoutResult(status -> {
			this.writeBehind.start();
			inner.executeWithoutResult(innerStatus -> {
				assertThat(this.writeBehind.active()).isFalse();
				this.ledger.award(author.getId(), PointReason.SCENARIO_PUBLISHED, "scenario:held-inner", null, null);
			});
			assertThat(entries(author)).as("the inner transaction's award, committed").isEqualTo(1);
			assertThat(this.writeBehind.active()).isTrue();
			this.ledger.award(author.getId(), PointReason.SOLUTION_ADDED, "solution:held-outer", 9L, 10L);
			assertThat(entries(author)).as("the outer one's, held back").isEqualTo(1);
		});

		assertThat(entries(author)).isEqualTo(2);
		this.transactions.executeWithoutResult(
				status -> assertThat(this.writeBehind.active()).as("a later transaction on the same thread").isFalse());
	}

	private long entries(CurrentUser user) {
		return this.jdbc.sql("select count(*) from point_entry where user_id = :user")
			.param("user", user.getId())
			.query(Long.class)
			.single();
	}

}
