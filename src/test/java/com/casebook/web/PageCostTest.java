package com.casebook.web;

import java.util.concurrent.Callable;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;
import com.casebook.SqlStatements;
import com.casebook.notification.Notifications;
import com.casebook.points.PointsLedger;
import com.casebook.scenario.ReviewQueue;
import com.casebook.scenario.TestScenarios;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a page costs beyond its own content: the header's figures are read once for a page
 * and never for JSON, and static files have content-hashed URLs kept for a year.
 */
@CasebookIntegrationTest
class PageCostTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@MockitoSpyBean
	Notifications notifications;

	@MockitoSpyBean
	PointsLedger ledger;

	@MockitoSpyBean
	ReviewQueue reviewQueue;

	@MockitoSpyBean
	ResourceUrlProvider resources;

	@Autowired
	TestScenarios scenarios;

	@BeforeEach
	void forgetEarlierCalls() {
		clearInvocations(this.notifications, this.ledger, this.reviewQueue, this.resources);
	}

	@Test
	void aPageSeenBeforeResolvesNoLinkInTheResourceChain() throws Exception {
		this.mvc.perform(get("/scenarios").with(new SignedIn(this.accounts).as("reader"))).andExpect(status().isOk());
		clearInvocations(this.resources);
		this.mvc.perform(get("/scenarios").with(new SignedIn(this.accounts).as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/css/casebook-")));
		verify(this.resources, never()).getForLookupPath(anyString());
		verify(this.resources, never()).getForRequestUrl(any(), anyString());
	}

	@Test
	void theHeaderFiguresAreReadOnceForAPage() throws Exception {
		this.mvc.perform(get("/scenarios").with(new SignedIn(this.accounts).as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bell\"")));
		verify(this.notifications, times(1)).unread(anyLong());
		verify(this.ledger, times(1)).balanceForHeader(anyLong());
		verify(this.reviewQueue, times(1)).countForHeader();
	}

	@Test
	void aPageSeenAgainReadsItsHeaderFiguresFromMemory() throws Exception {
		RequestPostProcessor editor = new SignedIn(this.accounts).as("editor");
		this.mvc.perform(get("/scenarios").with(editor)).andExpect(status().isOk());

		Callable<?> again = () -> this.mvc.perform(get("/scenarios").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bell\"")));

		assertThat(SqlStatements.runDuring(again))
			.noneMatch(sql -> sql.contains("notification") || sql.contains("point_entry"));
		// the catalogue's own query, and the account check a session gets once a second
		assertThat(SqlStatements.connectionsTakenDuring(again)).isLessThanOrEqualTo(2);
	}

	@Test
	void figuresKeptInMemoryStillShowAChangeOnTheNextPage() throws Exception {
		RequestPostProcessor editor = new SignedIn(this.accounts).as("editor");
		long waiting = this.reviewQueue.count();
		this.mvc.perform(get("/scenarios").with(editor)).andExpect(status().isOk());

		long id = this.scenarios.draft("排班表发布太晚", "坐席抱怨排班表总是周五晚上才发布。", "提前一周发布排班表", "抱怨减少");
		this.scenarios.submit(id);

		this.mvc.perform(get("/scenarios").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"count\">" + (waiting + 1) + "<")));
	}

	@Test
	void jsonAnswersNeverReadTheHeaderFigures() throws Exception {
		this.mvc.perform(get("/api/scenarios").with(httpBasic("editor", "demo"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("q", "缺货").with(httpBasic("editor", "demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search/suggest").param("q", "缺").with(new SignedIn(this.accounts).as("editor")))
			.andExpect(status().isOk());
		verify(this.notifications, never()).unread(anyLong());
		verify(this.ledger, never()).balanceForHeader(anyLong());
		verify(this.reviewQueue, never()).countForHeader();
	}

	@Test
	void staticFilesAreLinkedByContentHashAndCachedForAYear() throws Exception {
		MvcResult page = this.mvc.perform(get("/scenarios").with(new SignedIn(this.accounts).as("reader")))
			.andExpect(status().isOk())
			.andReturn();
		String html = page.getResponse().getContentAsString();
		String css = html.replaceAll("(?s).*href=\"(/css/casebook-[0-9a-f]{32}\\.css)\".*", "$1");
		assertThat(css).startsWith("/css/casebook-");
		assertThat(html).contains("href=\"/leaderboard\"").doesNotContain("/leaderboard-");
		this.mvc.perform(get(css))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, matchesPattern(".*max-age=31536000.*")));
	}

}
