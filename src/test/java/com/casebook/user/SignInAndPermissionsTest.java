package com.casebook.user;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
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
		this.mvc.perform(get("/scenarios").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aScriptThatDoesNotAskForHtmlIsSentToTheLoginPageToo() throws Exception {
		// a readiness probe (curl http://host:8080/) must see an answer that is not an
		// error
		this.mvc.perform(get("/"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		this.mvc.perform(get("/scenarios").accept(MediaType.APPLICATION_JSON)).andExpect(redirectedUrl("/login"));
		// the API alone answers 401
		this.mvc.perform(get("/api/scenarios").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
	}

	@Test
	void redirectsNeverRepeatTheHostHeader() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(get("/scenarios?q=refund").header("Host", "evil.example").accept(MediaType.TEXT_HTML))
			.andExpect(header().string("Location", "/login"))
			.andReturn()
			.getRequest()
			.getSession(false);
		// back to the page first asked for, as a path
		this.mvc
			.perform(post("/login").session(session)
				.header("Host", "evil.example")
				.with(csrf())
				.param("username", "reader")
				.param("password", "demo"))
			.andExpect(header().string("Location", "/scenarios?q=refund&continue"));
	}

	@Test
	void anonymousVisitorsCannotTellWhichPeopleExist() throws Exception {
		for (MediaType accept : new MediaType[] { MediaType.TEXT_HTML, MediaType.ALL }) {
			this.mvc.perform(get("/people/admin").accept(accept)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get("/people/no-such-person").accept(accept)).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void demoAccountsSignInWithTheDemoPassword() throws Exception {
		for (String username : new String[] { "reader", "manager", "editor", "admin" }) {
			this.mvc.perform(formLogin("/login").user(username).password("demo")).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void aWrongPasswordSaysSo() throws Exception {
		this.mvc.perform(formLogin("/login").user("reader").password("wrong")).andExpect(redirectedUrl("/login?error"));
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
		this.mvc
			.perform(post("/admin/users").with(signedIn().as("admin"))
				.with(csrf())
				.param("username", "new.agent")
				.param("displayName", "新坐席")
				.param("password", "secret-1")
				.param("role", "READER"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin("/login").user("new.agent").password("secret-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		UserSummary created = this.administration
			.create(new UserAdministration.NewAccount("leaver", "Leaver", "secret-1", Role.READER, null));
		this.administration.setEnabled(created.id(), false, -1);
		this.mvc.perform(formLogin("/login").user("leaver").password("secret-1"))
			.andExpect(redirectedUrl("/login?error"));
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
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void pagesServedOverHttpsAskBrowsersToStayOnHttps() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

}
