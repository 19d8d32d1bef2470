package com.casebook.audit;

import java.util.List;
import java.util.Set;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;
import com.casebook.scenario.ScenarioAuthoring;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editor and admin actions land in the audit log with who, what and before/after. */
@CasebookIntegrationTest
class AuditLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ScenarioAuthoring authoring;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publishingSendingBackAndAdoptingAreLoggedWithTheEditor() throws Exception {
		CurrentUser manager = user("manager");
		long id = this.authoring.createDraft(manager, new ScenarioContent("审计情景", "审计用的描述", 1L, null, null, Set.of(),
				Set.of(), null, null), new SolutionContent("1. 做法", "效果", null));
		this.authoring.submit(id, manager);
		this.mvc.perform(post("/scenarios/" + id + "/send-back").param("comment", "补充数据").with(as("editor")).with(csrf()));
		this.authoring.submit(id, manager);
		this.mvc.perform(post("/scenarios/" + id + "/publish").with(as("editor")).with(csrf()));

		List<String> actions = entries("SCENARIO", id);
		assertThat(actions).containsExactly("scenario.send-back", "scenario.publish");
		assertThat(this.jdbc.sql("select actor_id from audit_entry where target_id = :id and action = 'scenario.publish'")
			.param("id", id).query(Long.class).single()).isEqualTo(user("editor").getId());
		assertThat(this.jdbc.sql("select after_state->>'comment' from audit_entry where target_id = :id and action = 'scenario.send-back'")
			.param("id", id).query(String.class).single()).isEqualTo("补充数据");
	}

	@Test
	void tagAndRoleChangesAreLoggedWithTheAdminAndBeforeAndAfter() throws Exception {
		long tag = this.taxonomy.tagNamed("审计标签", TagStatus.ACTIVE);
		this.mvc.perform(post("/admin/tags/" + tag + "/retire").with(as("admin")).with(csrf()));
		assertThat(entries("TAG", tag)).containsExactly("tag.retired");
		assertThat(this.jdbc.sql("select before_state->>'status' || '>' || (after_state->>'status') from audit_entry where target_id = :id and target_type = 'TAG'")
			.param("id", tag).query(String.class).single()).isEqualTo("ACTIVE>RETIRED");

		long reader2 = this.jdbc.sql("select id from user_account where username = 'manager2'").query(Long.class).single();
		this.mvc.perform(post("/admin/users/" + reader2 + "/role").param("role", "MANAGER").with(as("admin")).with(csrf()));
		this.mvc.perform(get("/admin/audit").param("action", "tag.retired").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tag.retired")));
	}

	@Test
	void onlyAdminsReadTheAuditLog() throws Exception {
		this.mvc.perform(get("/admin/audit").with(as("editor"))).andExpect(status().isForbidden());
	}

	private List<String> entries(String type, long id) {
		return this.jdbc.sql("select action from audit_entry where target_type = :type and target_id = :id order by id")
			.param("type", type).param("id", id).query(String.class).list();
	}

	private CurrentUser user(String name) {
		return (CurrentUser) this.accounts.loadUserByUsername(name);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String name) {
		return new SignedIn(this.accounts).as(name);
	}

}
