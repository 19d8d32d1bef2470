package com.casebook.audit;

import java.util.List;
import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.merge.Merges;
import com.casebook.points.PointReason;
import com.casebook.points.PointRules;
import com.casebook.points.PointsLedger;
import com.casebook.points.Rewards;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserAdministration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editor and admin actions land in the audit log with who, what and before/after. */
@CasebookIntegrationTest
class AuditLogTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Merges merges;

	@Autowired
	Rewards rewards;

	@Autowired
	PointsLedger ledger;

	@Autowired
	PointRules rules;

	@Autowired
	UserAdministration administration;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void publishingSendingBackAndAdoptingAreLoggedWithTheEditor() throws Exception {
		CurrentUser manager = this.users.user("manager");
		long id = this.drafting.createDraft(manager,
				ScenarioContent.builder().title("审计情景").situation("审计用的描述").categoryId(1L).build(),
				SolutionContent.of("1. 做法", "效果"));
		this.drafting.submit(id, manager);
		this.mvc.perform(post("/scenarios/" + id + "/send-back").param("comment", "补充数据")
			.with(this.users.as("editor"))
			.with(csrf()));
		this.drafting.submit(id, manager);
		this.mvc.perform(post("/scenarios/" + id + "/publish").with(this.users.as("editor")).with(csrf()));

		List<String> actions = entries("SCENARIO", id);
		assertThat(actions).containsExactly("scenario.send-back", "scenario.publish");
		assertThat(
				this.jdbc.sql("select actor_id from audit_entry where target_id = :id and action = 'scenario.publish'")
					.param("id", id)
					.query(Long.class)
					.single())
			.isEqualTo(this.users.user("editor").getId());
		assertThat(this.jdbc.sql(
				"select after_state->>'comment' from audit_entry where target_id = :id and action = 'scenario.send-back'")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("补充数据");
	}

	@Test
	void tagAndRoleChangesAreLoggedWithTheAdminAndBeforeAndAfter() throws Exception {
		long tag = this.taxonomy.tagNamed("审计标签", TagStatus.ACTIVE);
		this.mvc.perform(post("/admin/tags/" + tag + "/retire").with(this.users.as("admin")).with(csrf()));
		assertThat(entries("TAG", tag)).containsExactly("tag.retired");
		assertThat(this.jdbc.sql(
				"select before_state->>'status' || '>' || (after_state->>'status') from audit_entry where target_id = :id and target_type = 'TAG'")
			.param("id", tag)
			.query(String.class)
			.single()).isEqualTo("ACTIVE>RETIRED");

		long reader2 = this.jdbc.sql("select id from user_account where username = 'manager2'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/admin/users/" + reader2 + "/role").param("role", "MANAGER")
			.with(this.users.as("admin"))
			.with(csrf()));
		this.mvc.perform(get("/admin/audit").param("action", "tag.retired").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tag.retired")));
	}

	@Test
	void aMergeRecordsTheStatusTheDuplicateReallyHadBefore() {
		long target = published("审计合并目标情景");
		long source = draft("审计合并重复情景");
		this.drafting.submit(source, this.users.user("manager"));
		this.merges.merge(target, source, "合并后的审计描述", this.users.user("editor"), Locale.CHINA);

		assertThat(this.jdbc
			.sql("select (before_state->>'status') || '>' || (after_state->>'mergedInto') from audit_entry "
					+ "where action = 'scenario.merge' and target_id = :id")
			.param("id", source)
			.query(String.class)
			.single()).isEqualTo("SUBMITTED>" + target);
	}

	@Test
	void rewardEditsRedemptionDecisionsAndRuleChangesAreAuditedWithTheAdmin() throws Exception {
		long admin = this.users.user("admin").getId();
		this.mvc.perform(post("/admin/rewards").param("name", "审计奖品")
			.param("cost", "10")
			.param("stock", "3")
			.with(this.users.as("admin"))
			.with(csrf()));
		long reward = this.rewards.catalogue(false)
			.stream()
			.filter(r -> r.name().equals("审计奖品"))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc.perform(post("/admin/rewards/" + reward).param("name", "审计奖品")
			.param("cost", "12")
			.param("stock", "3")
			.param("active", "true")
			.with(this.users.as("admin"))
			.with(csrf()));
		assertThat(entries("REWARD", reward)).containsExactly("reward.create", "reward.edit");
		assertThat(this.jdbc
			.sql("select (before_state->>'cost') || '>' || (after_state->>'cost') || ' ' || actor_id "
					+ "from audit_entry where action = 'reward.edit' and target_id = :id")
			.param("id", reward)
			.query(String.class)
			.single()).isEqualTo("10>12 " + admin);

		CurrentUser member = this.users.newManager("audit", null);
		this.transactions.executeWithoutResult(tx -> this.ledger.write(member.getId(), 30, PointReason.SOLUTION_ADDED,
				"seed:audit:" + member.getId(), null, null));
		long fulfilled = this.rewards.redeem(member.getId(), reward);
		long rejected = this.rewards.redeem(member.getId(), reward);
		this.mvc.perform(post("/admin/redemptions/" + fulfilled + "/fulfil").with(this.users.as("admin")).with(csrf()));
		this.mvc.perform(post("/admin/redemptions/" + rejected + "/reject").param("note", "库存不足")
			.with(this.users.as("admin"))
			.with(csrf()));
		assertThat(entries("REDEMPTION", fulfilled)).containsExactly("redemption.fulfil");
		assertThat(this.jdbc
			.sql("select actor_id || ' ' || (before_state->>'status') || '>' || (after_state->>'status') || ' ' "
					+ "|| (after_state->>'note') from audit_entry where target_type = 'REDEMPTION' and target_id = :id")
			.param("id", rejected)
			.query(String.class)
			.single()).isEqualTo(admin + " REQUESTED>REJECTED 库存不足");

		int amount = this.rules.amount("DUPLICATE_FLAG_CONFIRMED");
		try {
			this.mvc.perform(post("/admin/points/DUPLICATE_FLAG_CONFIRMED").param("amount", String.valueOf(amount + 4))
				.with(this.users.as("admin"))
				.with(csrf()));
		}
		finally {
			this.rules.change("DUPLICATE_FLAG_CONFIRMED", amount, admin);
		}
		assertThat(this.jdbc.sql("select (before_state->>'amount') || '>' || (after_state->>'amount') from audit_entry "
				+ "where action = 'points.rule' and after_state->>'rule' = 'DUPLICATE_FLAG_CONFIRMED' and actor_id = :admin "
				+ "order by id")
			.param("admin", admin)
			.query(String.class)
			.list()).containsSubsequence(amount + ">" + (amount + 4), (amount + 4) + ">" + amount);
	}

	@Test
	void theLogReadsAsASentencePerActionAndAFieldByFieldTableInBothLanguages() throws Exception {
		long id = draft("审计可读情景");
		this.drafting.submit(id, this.users.user("manager"));
		this.review.publish(id, this.users.user("editor"));
		String editor = this.jdbc.sql("select display_name from user_account where username = 'editor'")
			.query(String.class)
			.single();

		this.mvc
			.perform(get("/admin/audit").param("action", "scenario.publish")
				.with(this.users.as("admin"))
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("editor " + editor + " published scenario #" + id)))
			.andExpect(content()
				.string(containsString("<th scope=\"row\">Status</th><td>Waiting for review</td><td>Published</td>")))
			.andExpect(content().string(containsString(
					"<option value=\"scenario.publish\" selected=\"selected\">Scenario published</option>")))
			.andExpect(content().string(not(containsString("&quot;status&quot;"))));
		this.mvc
			.perform(get("/admin/audit").param("action", "scenario.publish")
				.with(this.users.as("admin"))
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("编辑 " + editor + " 发布了情景 #" + id)))
			.andExpect(content().string(containsString("<th scope=\"row\">状态</th><td>待审核</td><td>已发布</td>")));
	}

	@Test
	void entriesWrittenBeforeTheReadableLogStillShowWhatTheyStored() throws Exception {
		long admin = this.users.user("admin").getId();
		this.jdbc
			.sql("insert into audit_entry (actor_id, action, target_type, target_id, before_state, after_state, at) "
					+ "values (:admin, 'scenario.merge', 'SCENARIO', 987654, cast(:before as jsonb), cast(:after as jsonb), now())")
			.param("admin", admin)
			.param("before", "{\"status\": \"PUBLISHED or SUBMITTED\"}")
			.param("after", "{\"mergedInto\": 987653, \"merge\": 77}")
			.update();
		this.mvc
			.perform(get("/admin/audit").param("action", "scenario.merge")
				.param("actor", String.valueOf(admin))
				.with(this.users.as("admin"))
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("merged scenario #987654 into scenario #987653")))
			.andExpect(content().string(containsString("<td>PUBLISHED or SUBMITTED</td>")));
	}

	@Test
	void onlyAdminsReadTheAuditLog() throws Exception {
		this.mvc.perform(get("/admin/audit").with(this.users.as("editor"))).andExpect(status().isForbidden());
	}

	private long draft(String title) {
		return this.drafting.createDraft(this.users.user("manager"), auditedContent(title),
				SolutionContent.of("1. 做法", "效果"));
	}

	private long published(String title) {
		return this.scenarios.published(auditedContent(title), SolutionContent.of("1. 做法", "效果"));
	}

	private static ScenarioContent auditedContent(String title) {
		return ScenarioContent.builder().title(title).situation(title + "的描述，用于审计测试").categoryId(1L).build();
	}

	private List<String> entries(String type, long id) {
		return this.jdbc.sql("select action from audit_entry where target_type = :type and target_id = :id order by id")
			.param("type", type)
			.param("id", id)
			.query(String.class)
			.list();
	}

}
