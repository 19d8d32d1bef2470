package com.casebook.web;

import com.casebook.merge.DuplicateQueue;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.user.UserAdministration;
import com.casebook.user.WebLayerTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The security rules of the pages and the API, checked on the web layer alone: who is
 * sent to sign in, who is refused, and that a refused request never reaches the service
 * behind it.
 */
@WebLayerTest
class WhoMayDoWhatTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DuplicateQueue duplicates;

	@Autowired
	UserAdministration administration;

	@Autowired
	ScenarioDrafting drafting;

	@Test
	void anonymousPagesLeadToTheSignInPageAndTheApiAnswers401() {
		assertThat(this.mvc.get().uri("/scenarios")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login");
		assertThat(this.mvc.get().uri("/api/scenarios")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post().uri("/api/import").contentType("application/x-ndjson").content("{}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theSignInPageAndStaticFilesNeedNoAccount() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
		assertThat(this.mvc.get().uri("/css/casebook.css")).hasStatusOk();
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/duplicates/rescan").with(as("editor", "EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.duplicates, never()).scanAll();
	}

	@Test
	void onlyEditorsAndAdminsRescanTheDuplicateQueue() {
		assertThat(this.mvc.post().uri("/duplicates/rescan").with(as("manager", "MANAGER")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.duplicates, never()).scanAll();
		assertThat(this.mvc.post().uri("/duplicates/rescan").with(as("editor", "EDITOR")).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/duplicates");
		assertThat(this.mvc.post().uri("/duplicates/rescan").with(as("admin", "ADMIN")).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
	}

	@Test
	void onlyAdminsOpenTheAdminPages() {
		for (String page : new String[] { "/admin", "/admin/users", "/admin/tags", "/admin/audit", "/admin/import",
				"/admin/rewards", "/admin/points", "/admin/backups", "/admin/synonyms" }) {
			assertThat(this.mvc.get().uri(page).with(as("editor", "EDITOR"))).as(page).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.post()
			.uri("/admin/users/7/password")
			.param("password", "new-password-1")
			.with(as("editor", "EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		verify(this.administration, never()).resetPassword(7, "new-password-1");
		assertThat(this.mvc.post()
			.uri("/admin/users/7/password")
			.param("password", "new-password-1")
			.with(as("admin", "ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users");
		verify(this.administration).resetPassword(7, "new-password-1");
	}

	@Test
	void readersReadButNeitherWriteNorReview() {
		assertThat(this.mvc.get().uri("/scenarios/new").with(as("reader", "READER"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/scenarios/new")
			.param("title", "x")
			.param("action", "draft")
			.with(as("reader", "READER"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/scenarios/7/delete").with(as("reader", "READER")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.drafting, never()).deleteDraft(anyLong(), any());
		assertThat(this.mvc.get().uri("/review").with(as("manager", "MANAGER"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/review/measurements").with(as("manager", "MANAGER")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/review/measurements/confirm")
			.param("scenarioId", "7")
			.param("solutionId", "7")
			.param("kpiId", "1")
			.param("before", "1")
			.param("after", "90")
			.param("unit", "PERCENT")
			.with(as("manager", "MANAGER"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/reports").with(as("manager", "MANAGER"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/reports/activity.csv").with(as("manager", "MANAGER")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

}
