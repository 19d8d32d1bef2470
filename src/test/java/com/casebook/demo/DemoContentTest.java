package com.casebook.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.importer.ScenarioRecord;
import com.casebook.importer.TagRecord;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.Role;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@CasebookIntegrationTest
class DemoContentTest {

	@Autowired
	UserDirectory users;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void demoModeCreatesOneAccountPerRole() {
		assertThat(this.users.findByUsername("reader")).get().extracting("role").isEqualTo(Role.READER);
		assertThat(this.users.findByUsername("manager")).get().extracting("role").isEqualTo(Role.MANAGER);
		assertThat(this.users.findByUsername("editor")).get().extracting("role").isEqualTo(Role.EDITOR);
		assertThat(this.users.findByUsername("admin")).get().extracting("role").isEqualTo(Role.ADMIN);
	}

	@Test
	void theDemoVocabularyHasOneTagPerConceptWithBothNames() {
		for (String[] concept : new String[][] { { "加班", "overtime" }, { "士气", "morale" }, { "离职", "attrition" },
				{ "物流延迟", "shipping delay" }, { "质检", "QA" } }) {
			assertThat(this.taxonomy.allTags())
				.filteredOn(t -> t.name().matches(concept[0]) || t.name().matches(concept[1]))
				.singleElement()
				.satisfies(t -> assertThat(t.name()).isEqualTo(new LocalizedName(concept[0], concept[1])));
		}
	}

	@Test
	void everyDemoTagHasAChineseAndAnEnglishNameAndAGroup() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<String> lines = new ClassPathResource(DemoContent.SCENARIOS).getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		for (String line : lines) {
			for (TagRecord named : json.readValue(line, ScenarioRecord.class).tags()) {
				TagView tag = this.taxonomy.allTags()
					.stream()
					.filter(t -> t.name().matches(named.zh()) || t.name().matches(named.en()))
					.findFirst()
					.orElseThrow();
				assertThat(tag.name().zh()).as(named.text()).isNotBlank();
				assertThat(tag.name().en()).as(named.text()).isNotBlank();
				assertThat(tag.group()).as(named.text()).isNotBlank();
			}
		}
	}

	@Test
	void demoModeFillsTheCatalogueWithPublishedScenarios() {
		// other tests in this run may have published more scenarios on the shared
		// database
		assertThat(this.catalogue.publishedCount()).isGreaterThanOrEqualTo(30);
	}

}
