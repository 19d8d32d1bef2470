package com.casebook.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.points.Rewards;
import com.casebook.user.ApiTokens;
import com.casebook.user.Role;
import com.casebook.user.UserAdministration;
import com.casebook.user.UserAdministration.NewAccount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every admin page and every page that is a form tells where one is (a breadcrumb trail)
 * and every form page offers a way out (a cancel link), in both languages. The pages are
 * found in the handler mapping: a new admin page, or a new {@code …/new}, {@code …/edit},
 * {@code …/delete}, {@code …/redeem} or {@code …/merge} form, fails here until it is in
 * the lists below, with its trail and its cancel link.
 */
@CasebookIntegrationTest
class WhereYouAreTest {

	/** Admin pages that are not pages with a trail: the home is the trail's root. */
	private static final Set<String> NOT_TRAILED = Set.of("/admin", "/admin/backups/{id}/download",
			"/admin/export.jsonl");

	private static final List<String> FORM_ENDINGS = List.of("/new", "/edit", "/delete", "/redeem", "/merge");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Rewards rewards;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAdministration administration;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Route pattern → the URL and the account to open it with. */
	private final Map<String, Visit> adminPages = new LinkedHashMap<>();

	private final Map<String, Visit> formPages = new LinkedHashMap<>();

	record Visit(String url, String role) {
	}

	@BeforeEach
	void pages() throws Exception {
		String tag = first("select min(id) from tag where status = 'ACTIVE'");
		for (String page : List.of("/admin/users", "/admin/tokens", "/admin/tags", "/admin/categories",
				"/admin/reference", "/admin/import", "/admin/backups", "/admin/points", "/admin/rewards",
				"/admin/audit", "/admin/search-index", "/admin/synonyms")) {
			this.adminPages.put(page, new Visit(page, "admin"));
		}
		this.adminPages.put("/admin/tags/{id}", new Visit("/admin/tags/" + tag, "admin"));
		this.adminPages.put("/tags/proposals", new Visit("/tags/proposals", "editor"));
		this.adminPages.put("/review/measurements", new Visit("/review/measurements", "editor"));

		String published = first("""
				select min(s.id) from scenario s where s.status = 'PUBLISHED'
				and (select count(*) from solution a where a.scenario_id = s.id) >= 2""");
		String other = first("select max(id) from scenario where status = 'PUBLISHED'");
		List<Long> solutions = this.jdbc.sql("select id from solution where scenario_id = ? order by position, id")
			.param(Long.parseLong(published))
			.query(Long.class)
			.list();
		String draft = first("select min(id) from scenario where status = 'DRAFT'");
		String draftAuthor = first("select u.username from scenario s join user_account u on u.id = s.author_id "
				+ "where s.id = " + draft);
		long reward = this.rewards.create("面包券 " + System.nanoTime(), null, 1, 5);
		this.mvc.perform(post("/scenarios/{id}/duplicate-flag", published).param("duplicateOf", other)
			.with(this.users.as("editor"))
			.with(csrf()));
		String pair = first("select max(id) from duplicate_candidate where status = 'OPEN'");

		this.formPages.put("/scenarios/new", new Visit("/scenarios/new", "manager"));
		this.formPages.put("/scenarios/{id}/edit", new Visit("/scenarios/" + published + "/edit", "editor"));
		this.formPages.put("/scenarios/{id}/solutions/new",
				new Visit("/scenarios/" + published + "/solutions/new", "manager"));
		this.formPages.put("/scenarios/{id}/solutions/{solutionId}/edit",
				new Visit("/scenarios/" + published + "/solutions/" + solutions.get(0) + "/edit", "editor"));
		this.formPages.put("/scenarios/{id}/solutions/merge", new Visit(
				"/scenarios/" + published + "/solutions/merge?kept=" + solutions.get(0) + "&merged=" + solutions.get(1),
				"editor"));
		this.formPages.put("/scenarios/{target}/merge",
				new Visit("/scenarios/" + published + "/merge?source=" + other, "editor"));
		this.formPages.put("/scenarios/{id}/delete", new Visit("/scenarios/" + draft + "/delete", draftAuthor));
		this.formPages.put("/rewards/{id}/redeem", new Visit("/rewards/" + reward + "/redeem", "manager"));
		this.formPages.put("/duplicates/{id}", new Visit("/duplicates/" + pair, "editor"));
		this.formPages.put("/admin/tags/{id}", this.adminPages.get("/admin/tags/{id}"));
	}

	@Test
	void theAdminListsSayHowManyTheyHold() throws Exception {
		this.tokens.create(this.users.user("reader").getId(), "count me " + System.nanoTime());
		List<String> missing = new ArrayList<>();
		for (String url : List.of("/admin/users", "/admin/tokens", "/admin/tags", "/admin/audit")) {
			String page = page(new Visit(url, "admin"), "en");
			if (!page.contains("list-total")) {
				missing.add("no total: " + url);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theAdminListsOfUsersAndTokensArePaged() throws Exception {
		// both admin lists show 20 rows a page: make sure each holds more than one page
		long accounts = this.jdbc.sql("select count(*) from user_account").query(Long.class).single();
		for (long i = accounts; i <= 20; i++) {
			this.administration.create(new NewAccount("paged" + System.nanoTime(), "Paged " + i, "long-enough-password",
					Role.READER, "Paging team"));
		}
		long tokens = this.jdbc.sql("select count(*) from api_token").query(Long.class).single();
		for (long i = tokens; i <= 20; i++) {
			this.tokens.create(this.users.user("reader").getId(), "paged " + System.nanoTime());
		}
		for (String url : List.of("/admin/users", "/admin/tokens")) {
			assertThat(page(new Visit(url, "admin"), "en")).as(url)
				.contains("class=\"pager\"")
				.contains("href=\"" + url + "?page=1\"");
			assertThat(page(new Visit(url + "?page=1", "admin"), "en")).as(url + "?page=1")
				.contains("aria-current=\"page\">2<")
				.contains("href=\"" + url + "?page=0\"");
		}
	}

	@Test
	void everyAdminPageAndFormShowsItsTrailAndEveryFormACancelLink() throws Exception {
		assertThat(this.adminPages.keySet()).as("admin pages this test visits")
			.containsAll(routes(route -> route.startsWith("/admin/") && !NOT_TRAILED.contains(route)));
		assertThat(this.formPages.keySet()).as("form pages this test visits")
			.containsAll(routes(route -> FORM_ENDINGS.stream().anyMatch(route::endsWith)));

		List<String> missing = new ArrayList<>();
		for (String language : List.of("zh-CN", "en")) {
			for (Visit visit : this.adminPages.values()) {
				String page = page(visit, language);
				if (!page.contains("class=\"breadcrumbs\"")) {
					missing.add("no breadcrumbs: " + visit.url() + " (" + language + ")");
				}
			}
			for (Visit visit : this.formPages.values()) {
				String page = page(visit, language);
				if (!page.contains("class=\"breadcrumbs\"")) {
					missing.add("no breadcrumbs: " + visit.url() + " (" + language + ")");
				}
				if (!page.matches("(?s).*<a [^>]*class=\"[^\"]*\\bcancel\\b[^\"]*\"[^>]*href=.*")
						&& !page.matches("(?s).*<a [^>]*href=\"[^\"]*\"[^>]*class=\"[^\"]*\\bcancel\\b.*")) {
					missing.add("no cancel link: " + visit.url() + " (" + language + ")");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private String page(Visit visit, String language) throws Exception {
		MvcResult result = this.mvc
			.perform(get(visit.url()).header(HttpHeaders.ACCEPT_LANGUAGE, language).with(this.users.as(visit.role())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(visit.url() + " as " + visit.role()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private Set<String> routes(Predicate<String> wanted) {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				info.getPatternValues().stream().filter(wanted).forEach(routes::add);
			}
		}
		return routes;
	}

	private String first(String sql) {
		return String.valueOf(this.jdbc.sql(sql).query(String.class).single());
	}

}
