package com.casebook.points;

import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;
import com.casebook.user.UserAdministration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Profiles, the leaderboard and rewards as pages; admin pages stay with admins. */
@CasebookIntegrationTest
class PointsPagesTest {

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	Rewards rewards;

	@Autowired
	PointsLedger ledger;

	@Autowired
	PointRules rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserAdministration administration;

	@Test
	void theHeaderTheProfileAndTheLeaderboardShowPoints() throws Exception {
		this.mvc.perform(get("/people/manager").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-points\"")));
		this.mvc.perform(get("/leaderboard").param("period", "all").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-place\"")));
		this.mvc.perform(get("/leaderboard").param("by", "team").with(this.users.as("manager")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/scenarios").with(this.users.as("manager")))
			.andExpect(content().string(containsString("id=\"my-points\"")));
	}

	@Test
	void everyoneSeesRewardsButOnlyAdminsKeepTheCatalogueAndTheRules() throws Exception {
		this.mvc.perform(get("/rewards").with(this.users.as("reader"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/rewards").with(this.users.as("editor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/points").with(this.users.as("editor"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/points/SCENARIO_PUBLISHED").param("amount", "99")
				.with(this.users.as("manager"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/points").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("point-rules")));
		this.mvc.perform(get("/admin/rewards").with(this.users.as("admin"))).andExpect(status().isOk());
	}

	@Test
	void theAmendmentDailyCapIsShownAndSetOnTheRulesPageInBothLanguages() throws Exception {
		this.mvc.perform(get("/admin/points").with(this.users.as("admin")).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("/admin/points/AMENDMENT_DAILY_CAP")))
			.andExpect(content().string(containsString("amendments paid per person per day")));
		this.mvc.perform(get("/admin/points").with(this.users.as("admin")).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("每人每天最多计分的修订次数")));
		int cap = this.rules.amount(PointRules.DAILY_AMENDMENT_CAP);
		try {
			this.mvc
				.perform(post("/admin/points/AMENDMENT_DAILY_CAP").param("amount", "7")
					.with(this.users.as("admin"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/points"));
			assertThat(this.rules.amount(PointRules.DAILY_AMENDMENT_CAP)).isEqualTo(7);
		}
		finally {
			this.rules.change(PointRules.DAILY_AMENDMENT_CAP, cap, this.users.user("admin").getId());
		}
	}

	@Test
	void aRewardNameOverAHundredCharactersIsRefusedInTheReadersLanguageWithTheTypedTextKept() throws Exception {
		String name = "超长奖品名称".repeat(17);
		this.mvc
			.perform(post("/admin/rewards").param("name", name)
				.param("description", "保留的说明")
				.param("cost", "10")
				.param("stock", "2")
				.with(this.users.as("admin"))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("奖品名称最多 100 个字符")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"保留的说明\"")));
		this.mvc
			.perform(post("/admin/rewards").param("name", name)
				.param("cost", "10")
				.param("stock", "2")
				.with(this.users.as("admin"))
				.with(csrf())
				.locale(Locale.ENGLISH))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("at most 100 characters")));
		assertThat(this.rewards.catalogue(false)).noneMatch(r -> r.name().startsWith("超长奖品名称"));

		long reward = this.rewards.create("改名测试奖品", null, 10, 2);
		this.mvc
			.perform(post("/admin/rewards/" + reward).param("name", name)
				.param("cost", "12")
				.param("stock", "2")
				.param("active", "true")
				.with(this.users.as("admin"))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"" + name + "\"")))
			.andExpect(content().string(containsString("value=\"12\"")));
		assertThat(this.rewards.find(reward).orElseThrow().name()).isEqualTo("改名测试奖品");
	}

	@Test
	void redeemingAsksFirstAndOnlyTheConfirmationSpendsThePoints() throws Exception {
		String username = "buyer" + System.nanoTime();
		this.administration
			.create(new UserAdministration.NewAccount(username, username, "buyer-password-1", Role.MANAGER, null));
		CurrentUser buyer = this.users.user(username);
		this.transactions.executeWithoutResult(tx -> this.ledger.write(buyer.getId(), 25, PointReason.SOLUTION_ADDED,
				"seed:confirm:" + System.nanoTime(), null, null));
		long reward = this.rewards.create("确认测试奖品", "一张电影票", 25, 5);
		long balance = this.ledger.balance(buyer.getId());

		this.mvc.perform(get("/rewards").with(this.users.as(username)))
			.andExpect(content().string(containsString("action=\"/rewards/" + reward + "/redeem\" method=\"get\"")));
		this.mvc
			.perform(get("/rewards/" + reward + "/redeem").with(this.users.as(username))
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确定兑换这个奖品")))
			.andExpect(content().string(containsString("确认测试奖品")))
			.andExpect(content().string(containsString("id=\"confirm-redeem\"")));
		assertThat(this.ledger.balance(buyer.getId())).isEqualTo(balance);
		assertThat(this.rewards.of(buyer.getId())).noneMatch(r -> r.rewardId() == reward);

		this.mvc.perform(post("/rewards/" + reward + "/redeem").with(this.users.as(username)).with(csrf()))
			.andExpect(redirectedUrl("/rewards"));
		assertThat(this.ledger.balance(buyer.getId())).isEqualTo(balance - 25);
	}

	@Test
	void anUnknownPersonHasNoProfile() throws Exception {
		this.mvc.perform(get("/people/nobody-here").with(this.users.as("reader"))).andExpect(status().isNotFound());
	}

}
