package com.casebook.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change of role, enabled flag or password reaches the sessions a person already has,
 * on the very next request; nobody changes their own role or enabled flag.
 */
@CasebookIntegrationTest
class SessionRightsTest {

	/** A page each role may open and the role below it may not. */
	static final Map<Role, String> PAGE_OF = Map.of(Role.READER, "/scenarios", Role.MANAGER, "/my/scenarios",
			Role.EDITOR, "/review", Role.ADMIN, "/admin/users");

	static final String PASSWORD = "first-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory users;

	@Autowired
	AccountUserDetailsService accounts;

	@Autowired
	CredentialsVersions versions;

	long demoAdmin() {
		return this.users.findByUsername("admin").orElseThrow().id();
	}

	UserSummary person(String username, Role role) {
		return this.administration.create(new UserAdministration.NewAccount(username, username, PASSWORD, role, null));
	}

	MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	void opens(MockHttpSession session, String page) throws Exception {
		this.mvc.perform(get(page).session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	void isSentToSignIn(MockHttpSession session, String page) throws Exception {
		this.mvc.perform(get(page).session(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void pagesOfOnePersonOpenedAtOnceCheckTheAccountWithOneQuery() throws Exception {
		CurrentUser reader = (CurrentUser) this.accounts.loadUserByUsername("reader");
		this.versions.forget(new AccountChanged("test", reader.getId(), Map.of(), Map.of()));
		int pages = 16;
		CyclicBarrier together = new CyclicBarrier(pages);
		ExecutorService threads = Executors.newFixedThreadPool(pages);
		try {
			List<String> statements = SqlStatements.runDuringOnAnyThread(() -> {
				List<Future<Boolean>> answers = new ArrayList<>();
				for (int i = 0; i < pages; i++) {
					answers.add(threads.submit(() -> {
						together.await();
						return this.versions.isCurrent(reader);
					}));
				}
				for (Future<Boolean> answer : answers) {
					assertThat(answer.get()).isTrue();
				}
				return null;
			});
			assertThat(statements).filteredOn(sql -> sql.contains("credentials_version")).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "MANAGER", "EDITOR", "ADMIN" })
	void aDemotedPersonLosesTheRoleInTheSessionTheyAlreadyHave(Role role) throws Exception {
		UserSummary person = person("demoted." + role.name().toLowerCase(), role);
		MockHttpSession session = signIn(person.username(), PASSWORD);
		opens(session, PAGE_OF.get(role));

		this.administration.changeRole(person.id(), Role.READER, demoAdmin());

		isSentToSignIn(session, PAGE_OF.get(role));
		// signing in again gives the new, smaller rights
		MockHttpSession fresh = signIn(person.username(), PASSWORD);
		opens(fresh, PAGE_OF.get(Role.READER));
		this.mvc.perform(get(PAGE_OF.get(role)).session(fresh).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void aDisabledPersonIsSignedOutOfTheSessionTheyAlreadyHave(Role role) throws Exception {
		UserSummary person = person("disabled." + role.name().toLowerCase(), role);
		MockHttpSession session = signIn(person.username(), PASSWORD);
		opens(session, PAGE_OF.get(role));

		this.administration.setEnabled(person.id(), false, demoAdmin());

		isSentToSignIn(session, PAGE_OF.get(Role.READER));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void aPasswordResetEndsTheSessionsSignedInWithTheOldPassword(Role role) throws Exception {
		UserSummary person = person("reset." + role.name().toLowerCase(), role);
		MockHttpSession session = signIn(person.username(), PASSWORD);
		opens(session, PAGE_OF.get(role));

		this.administration.resetPassword(person.id(), "second-password");

		isSentToSignIn(session, PAGE_OF.get(Role.READER));
		opens(signIn(person.username(), "second-password"), PAGE_OF.get(role));
	}

	@Test
	void aDemotedDisabledAdminCannotUseItsOldSessionToRestoreItself() throws Exception {
		UserSummary rogue = person("rogue.admin", Role.ADMIN);
		MockHttpSession session = signIn(rogue.username(), PASSWORD);
		opens(session, "/admin/users");

		this.administration.changeRole(rogue.id(), Role.READER, demoAdmin());
		this.administration.setEnabled(rogue.id(), false, demoAdmin());
		this.administration.resetPassword(rogue.id(), "chosen-by-the-admin");

		this.mvc.perform(
				post("/admin/users/{id}/enabled", rogue.id()).session(session).with(csrf()).param("enabled", "true"))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/admin/users/{id}/role", rogue.id()).session(session).with(csrf()).param("role", "ADMIN"))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/admin/users/{id}/password", rogue.id()).session(session)
				.with(csrf())
				.param("password", "rogue-password"))
			.andExpect(redirectedUrl("/login"));
		UserAccount after = this.administration.find(rogue.id());
		assertThat(after.getRole()).isEqualTo(Role.READER);
		assertThat(after.isEnabled()).isFalse();
		this.mvc.perform(formLogin("/login").user(rogue.username()).password("rogue-password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void nobodyChangesTheirOwnRoleOrEnabledFlag() throws Exception {
		UserSummary admin = person("self.admin", Role.ADMIN);
		MockHttpSession session = signIn(admin.username(), PASSWORD);

		this.mvc
			.perform(post("/admin/users/{id}/role", admin.id()).session(session).with(csrf()).param("role", "ADMIN"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("problem", "user.error.own-role"));
		this.mvc
			.perform(post("/admin/users/{id}/role", admin.id()).session(session).with(csrf()).param("role", "READER"))
			.andExpect(flash().attribute("problem", "user.error.own-role"));
		this.mvc.perform(
				post("/admin/users/{id}/enabled", admin.id()).session(session).with(csrf()).param("enabled", "true"))
			.andExpect(flash().attribute("problem", "user.error.own-enabled"));
		this.mvc.perform(
				post("/admin/users/{id}/enabled", admin.id()).session(session).with(csrf()).param("enabled", "false"))
			.andExpect(flash().attribute("problem", "user.error.own-enabled"));

		UserAccount after = this.administration.find(admin.id());
		assertThat(after.getRole()).isEqualTo(Role.ADMIN);
		assertThat(after.isEnabled()).isTrue();
		opens(session, "/admin/users");
	}

}
