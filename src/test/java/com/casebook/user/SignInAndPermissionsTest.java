package com.casebook.user;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CasebookIntegrationTest
class SignInAndPermissionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService accounts;

	SignedIn signedIn() {
		return new SignedIn(this.accounts);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/scenarios").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void demoAccountsSignInWithTheDemoPassword() throws Exception {
		for (String username : new String[] { "reader", "manager", "editor", "admin" }) {
			this.mvc.perform(formLogin("/login").user(username).password("demo")).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void aWrongPasswordSaysSo() throws Exception {
		this.mvc.perform(formLogin("/login").user("reader").password("wrong"))
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void theSixthWrongPasswordInARowIsRefusedAsLocked() throws Exception {
		this.administration.create(new UserAdministration.NewAccount("throttled", "Throttled", "right-password",
				Role.READER, null));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user("throttled").password("wrong"))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(formLogin("/login").user("throttled").password("wrong"))
			.andExpect(redirectedUrl("/login?error=locked"));
		// even the right password waits until the lock expires
		this.mvc.perform(formLogin("/login").user("throttled").password("right-password"))
			.andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void onlyAdminsReachTheUserAdministration() throws Exception {
		this.mvc.perform(get("/admin/users").with(signedIn().as("reader"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(signedIn().as("editor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(signedIn().as("admin"))).andExpect(status().isOk());
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/admin/users").with(signedIn().as("admin")).param("username", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
		this.mvc.perform(post("/admin/users").with(signedIn().as("admin")).with(csrf())
			.param("username", "new.agent")
			.param("displayName", "新坐席")
			.param("password", "secret-1")
			.param("role", "READER")).andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin("/login").user("new.agent").password("secret-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		UserSummary created = this.administration.create(new UserAdministration.NewAccount("leaver", "Leaver",
				"secret-1", Role.READER, null));
		this.administration.setEnabled(created.id(), false, -1);
		this.mvc.perform(formLogin("/login").user("leaver").password("secret-1"))
			.andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void theApiAcceptsHttpBasicAndRefusesAnonymousCallers() throws Exception {
		this.mvc.perform(get("/api/scenarios")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/health").with(httpBasic("reader", "demo"))).andExpect(status().isOk());
	}

	@Test
	void metricsAreForAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("reader", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
