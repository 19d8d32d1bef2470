package com.casebook.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.report.ReportChart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every GET route the application maps, found in the handler mapping (so a new page is
 * covered the day it is added), rendered on the demo data as each role (in one language
 * or the other): none may answer with a server error. Path variables and required
 * parameters are filled with real demo ids: a scenario with an adopted solution, one with
 * two solutions, a draft, a submitted one.
 */
@CasebookIntegrationTest
class EveryPageAnswersTest {

	@Autowired
	TestUsers users;

	private static final List<String> ROLES = List.of("anonymous", "reader", "manager", "editor", "admin");

	private static final List<String> LANGUAGES = List.of("zh-CN", "en");

	/** The error page itself answers 500 when asked directly, by design. */
	private static final Set<String> NOT_PAGES = Set.of("/error");

	/** A sample's query string, appended as it is. */
	private static final String QUERY = "?";

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageAnswersWithAServerErrorForAnyRole() {
		List<String> urls = urls();
		assertThat(urls).as("routes found").hasSizeGreaterThan(40);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < ROLES.size(); i++) {
			// the roles take turns with the languages: both are covered at half the
			// requests
			String language = LANGUAGES.get(i % LANGUAGES.size());
			for (String url : urls) {
				String failure = failure(url, ROLES.get(i), language);
				if (failure != null) {
					failures.add(failure);
				}
			}
		}
		assertThat(failures).as("pages answering with a server error").isEmpty();
	}

	private String failure(String url, String role, String language) {
		MockHttpServletRequestBuilder request = get(url).header(HttpHeaders.ACCEPT_LANGUAGE, language);
		if (!role.equals("anonymous")) {
			request.with(this.users.as(role));
		}
		try {
			MvcResult result = this.mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			if (status >= 500) {
				Exception cause = result.getResolvedException();
				return status + " " + url + " as " + role + " in " + language + (cause == null ? "" : ": " + cause);
			}
			return null;
		}
		catch (Exception ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			return "exception " + url + " as " + role + " in " + language + ": " + root;
		}
	}

	/**
	 * Each GET route once per sample of demo data its variables and required parameters
	 * need.
	 */
	private List<String> urls() {
		Set<String> urls = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (NOT_PAGES.contains(pattern)) {
					continue;
				}
				for (Map<String, String> sample : samples(pattern)) {
					String url = filled(pattern, entry.getValue(), sample, unknown);
					if (url != null) {
						urls.add(url);
					}
				}
			}
		}
		assertThat(unknown).as("variables this test cannot fill yet: give it a demo value").isEmpty();
		return new ArrayList<>(urls);
	}

	private String filled(String pattern, HandlerMethod handler, Map<String, String> sample, List<String> unknown) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder url = new StringBuilder();
		while (variables.find()) {
			String value = sample.get(variables.group(1));
			if (value == null) {
				unknown.add(variables.group(1) + " in " + pattern);
				return null;
			}
			variables.appendReplacement(url, Matcher.quoteReplacement(value));
		}
		variables.appendTail(url);
		String separator = "?";
		if (sample.containsKey(QUERY)) {
			url.append(separator).append(sample.get(QUERY));
			separator = "&";
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null || !param.required() || !param.defaultValue().equals(ValueConstants.DEFAULT_NONE)
					|| Map.class.isAssignableFrom(parameter.getParameterType())
					|| parameter.getParameterType().getName().contains("MultipartFile")) {
				continue;
			}
			String name = param.name().isEmpty()
					? param.value().isEmpty() ? parameter.getParameterName() : param.value() : param.name();
			String value = sample.get(name);
			if (value == null) {
				unknown.add("parameter " + name + " of " + pattern);
				return null;
			}
			url.append(separator).append(name).append('=').append(value);
			separator = "&";
		}
		return url.toString();
	}

	/** The values a route's variables take, chosen by what the route is about. */
	private List<Map<String, String>> samples(String pattern) {
		List<Map<String, String>> samples = new ArrayList<>();
		if (pattern.startsWith("/scenarios/") || pattern.startsWith("/api/scenarios/")) {
			for (long scenario : sampleScenarios()) {
				samples.add(scenarioValues(scenario));
			}
		}
		else if (pattern.startsWith("/tags/") || pattern.startsWith("/admin/tags/")) {
			samples.add(Map.of("id", first("select min(id) from tag where status = 'ACTIVE'")));
		}
		else if (pattern.startsWith("/duplicates/")) {
			this.jdbc.sql("select id from duplicate_candidate order by id limit 1")
				.query(Long.class)
				.list()
				.forEach(id -> samples.add(Map.of("id", id.toString())));
		}
		else if (pattern.startsWith("/notifications/")) {
			samples.add(Map.of("id", first("select coalesce(min(id), 1) from notification")));
		}
		else if (pattern.startsWith("/rewards/")) {
			samples.add(Map.of("id", first("select coalesce(min(id), 1) from reward")));
		}
		else if (pattern.startsWith("/people/")) {
			ROLES.stream().filter(role -> !role.equals("anonymous")).forEach(u -> samples.add(Map.of("username", u)));
		}
		else if (pattern.startsWith("/admin/backups/")) {
			// a well-formed backup name the folder does not hold: 404, never a 5xx
			samples.add(Map.of("id", "casebook-20000101-000000-000-manual"));
		}
		else if (pattern.startsWith("/reports/")) {
			Arrays.stream(ReportChart.values()).forEach(chart -> samples.add(Map.of("name", chart.slug())));
		}
		else {
			String published = first("select min(id) from scenario where status = 'PUBLISHED'");
			samples.add(Map.of("scenario", published));
			// the same page filtered and searched, where it takes such parameters (others
			// ignore them)
			samples.add(Map.of("scenario", published, QUERY, "q=%E9%80%80%E6%AC%BE&category="
					+ first("select min(id) from category") + "&tag=" + first("select min(id) from tag")));
		}
		return samples;
	}

	/**
	 * A published scenario with an adopted solution, one with two solutions and none
	 * adopted, a draft and a submitted one.
	 */
	private List<Long> sampleScenarios() {
		return List.of(Long.valueOf(first("""
				select min(s.id) from scenario s where s.status = 'PUBLISHED'
				and exists (select 1 from solution a where a.scenario_id = s.id and a.adopted)""")),
				Long.valueOf(first("""
						select min(s.id) from scenario s where s.status = 'PUBLISHED'
						and (select count(*) from solution a where a.scenario_id = s.id) >= 2
						and not exists (select 1 from solution a where a.scenario_id = s.id and a.adopted)""")),
				Long.valueOf(first("select min(id) from scenario where status = 'DRAFT'")),
				Long.valueOf(first("select min(id) from scenario where status = 'SUBMITTED'")));
	}

	private Map<String, String> scenarioValues(long scenario) {
		List<Long> solutions = this.jdbc.sql("select id from solution where scenario_id = ? order by position, id")
			.param(scenario)
			.query(Long.class)
			.list();
		List<Long> revisions = this.jdbc
			.sql("select id from revision where scenario_id = ? and solution_id is null order by number")
			.param(scenario)
			.query(Long.class)
			.list();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("id", Long.toString(scenario));
		values.put("target", Long.toString(scenario));
		values.put("source", first("select max(id) from scenario where status = 'PUBLISHED' and id <> " + scenario));
		values.put("solutionId", solutions.get(0).toString());
		values.put("kept", solutions.get(0).toString());
		values.put("merged", solutions.get(solutions.size() - 1).toString());
		values.put("from", revisions.isEmpty() ? "1" : revisions.get(0).toString());
		values.put("to", revisions.isEmpty() ? "1" : revisions.get(revisions.size() - 1).toString());
		return values;
	}

	private String first(String sql) {
		Object value = this.jdbc.sql(sql).query().singleValue();
		assertThat(value).as("demo data for: " + sql).isNotNull();
		return value.toString();
	}

}
