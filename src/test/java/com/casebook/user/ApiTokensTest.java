package com.casebook.user;

import java.util.Map;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: made, used as a bearer token, revoked; stored hashed; bad input is
 * a 4xx.
 */
@CasebookIntegrationTest
class ApiTokensTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aToolMintsATokenUsesItAsBearerAndItStopsWorkingOnceRevoked() throws Exception {
		Map<?, ?> made = mint("reader", "nightly export");
		String token = (String) made.get("token");
		assertThat(token).startsWith("cbk_");
		this.mvc.perform(get("/api/scenarios").with(bearer(token))).andExpect(status().isOk());
		this.mvc.perform(get("/api/tokens").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'nightly export')].owner").value(hasItem("reader")))
			.andExpect(content().string(not(containsString(token))));
		this.mvc.perform(delete("/api/tokens/{id}", made.get("id")).with(bearer(token)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/scenarios").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")));
	}

	@Test
	void onlyTheSecretsHashIsStored() throws Exception {
		Map<?, ?> made = mint("reader", "hash check");
		String token = (String) made.get("token");
		String stored = this.jdbc.sql("select secret_hash from api_token where id = ?")
			.param(((Number) made.get("id")).longValue())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(ApiTokens.hash(token)).hasSize(64).doesNotContain(token.substring(4));
	}

	@Test
	void aTokenActsWithItsOwnersRightsOnly() throws Exception {
		String token = (String) mint("reader", "reader's tool").get("token");
		this.mvc
			.perform(post("/api/import").with(bearer(token))
				.contentType("application/x-ndjson")
				.content("{\"title\":\"x\"}\n"))
			.andExpect(status().isForbidden());
		String other = (String) mint("editor", "editor's tool").get("token");
		long otherId = this.jdbc.sql("select id from api_token where secret_hash = ?")
			.param(ApiTokens.hash(other))
			.query(Long.class)
			.single();
		this.mvc.perform(delete("/api/tokens/{id}", otherId).with(bearer(token))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/scenarios").with(bearer(other))).andExpect(status().isOk());
		this.mvc.perform(delete("/api/tokens/{id}", otherId).with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/scenarios").with(bearer(other))).andExpect(status().isUnauthorized());
	}

	@Test
	void badNamesAndUnknownTokensAreRefusedWithAClearFourHundred() throws Exception {
		for (String body : new String[] { "{}", "{\"name\":\"   \"}", "{\"name\":\"" + "x".repeat(101) + "\"}",
				"{\"name\":null}" }) {
			this.mvc
				.perform(post("/api/tokens").with(httpBasic("reader", "demo"))
					.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("A token name is 1 to 100 characters."));
		}
		this.mvc
			.perform(post("/api/tokens").with(httpBasic("reader", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(delete("/api/tokens/{id}", 987654321L).with(httpBasic("reader", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/tokens/{id}", "abc").with(httpBasic("reader", "demo")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/scenarios").with(bearer("cbk_nothing-like-it")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/scenarios").header(HttpHeaders.AUTHORIZATION, "Bearer"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPersonMakesATokenOnTheirProfileSeesItOnceAndAdminsSeeAndRevokeIt() throws Exception {
		SignedIn signedIn = new SignedIn(this.accounts);
		this.mvc.perform(get("/people/manager").with(signedIn.as("manager")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"token-form\"")));
		this.mvc.perform(get("/people/manager").with(signedIn.as("reader")))
			.andExpect(content().string(not(containsString("id=\"api-tokens\""))));
		this.mvc.perform(post("/account/tokens").param("name", "").with(signedIn.as("manager")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("tokenProblem", "tokens.error.name"));
		this.mvc.perform(post("/account/tokens").param("name", "report bot").with(signedIn.as("manager")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("newToken"));
		long id = this.jdbc
			.sql("select t.id from api_token t join user_account u on u.id = t.user_id "
					+ "where u.username = 'manager' and t.name = 'report bot'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/admin/tokens").with(signedIn.as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/tokens").with(signedIn.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("report bot")));
		this.mvc.perform(
				post("/account/tokens/{id}/revoke", id).param("admin", "true").with(signedIn.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select revoked_at is not null from api_token where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theOpenApiDescriptionOffersBearerTokens() throws Exception {
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.securitySchemes.password.scheme").value("basic"));
	}

	@Test
	void theOpenApiDocumentNamesTheApiItsVersionAndShowsExamples() throws Exception {
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Casebook API"))
			.andExpect(jsonPath("$.info.version").value(matchesPattern("\\d+\\.\\d+\\.\\d+.*")))
			.andExpect(jsonPath("$.info.description").value(containsString("bearer token")))
			.andExpect(jsonPath("$.paths['/api/search'].get.responses['200'].content['application/json'].examples")
				.isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/import'].post.requestBody.content['application/x-ndjson'].examples")
				.isNotEmpty());
	}

	private Map<?, ?> mint(String username, String name) throws Exception {
		String body = this.mvc
			.perform(post("/api/tokens").with(httpBasic(username, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("name", name))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readValue(body, Map.class);
	}

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

}
