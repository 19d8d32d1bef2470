package com.casebook.scenario;

import com.casebook.CasebookIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CasebookIntegrationTest
class ScenarioApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ScenarioCatalogue catalogue;

	@Test
	void listsPublishedScenariosPageByPage() throws Exception {
		this.mvc.perform(get("/api/scenarios").param("size", "5").with(httpBasic("reader", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", greaterThanOrEqualTo(30)))
			.andExpect(jsonPath("$.scenarios.length()").value(5));
	}

	@Test
	void returnsOneScenarioWithSolutionsTagsAndRevision() throws Exception {
		long id = this.catalogue.published(new CatalogueQuery(null, null, 0, 1)).getContent().get(0).id();
		this.mvc.perform(get("/api/scenarios/" + id).with(httpBasic("reader", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.revision", greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.solutions[0].actions", notNullValue()))
			.andExpect(jsonPath("$.tags", notNullValue()));
	}

	@Test
	void aDraftIsNotFoundForAReader() throws Exception {
		long draft = this.catalogue
			.byAuthor(this.catalogue
				.find(this.catalogue.published(new CatalogueQuery(null, null, 0, 1)).getContent().get(0).id())
				.orElseThrow()
				.getAuthorId())
			.stream()
			.filter(s -> s.getStatus() == ScenarioStatus.DRAFT)
			.findFirst()
			.map(Scenario::getId)
			.orElse(Long.MAX_VALUE);
		this.mvc.perform(get("/api/scenarios/" + draft).with(httpBasic("reader", "demo")))
			.andExpect(status().isNotFound());
	}

}
