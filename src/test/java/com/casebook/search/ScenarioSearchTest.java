package com.casebook.search;

import com.casebook.CasebookIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the demo catalogue, indexed by Hibernate Search as the demo data was stored.
 */
@CasebookIntegrationTest
class ScenarioSearchTest {

	@Autowired
	ScenarioSearch search;

	@Test
	void findsTheOutOfStockScenarioAndHighlightsTheWord() {
		SearchResults results = this.search.search("缺货", 0, 10);
		assertThat(results.total()).isPositive();
		SearchHit top = results.hits().get(0);
		assertThat(top.title()).contains("缺货");
		assertThat(top.titleHtml() + top.snippetHtml()).contains("<mark>缺货</mark>");
	}

	@Test
	void traditionalScriptFindsTheSameAsSimplified() {
		SearchResults simplified = this.search.search("培训", 0, 10);
		SearchResults traditional = this.search.search("培訓", 0, 10);
		assertThat(simplified.total()).isPositive();
		assertThat(traditional.hits()).extracting(SearchHit::id)
			.containsExactlyElementsOf(simplified.hits().stream().map(SearchHit::id).toList());
	}

	@Test
	void mixedChineseAndEnglishQueriesWork() {
		assertThat(this.search.search("IVR 菜单", 0, 10).hits()).extracting(SearchHit::title)
			.anyMatch(title -> title.contains("IVR"));
	}

	@Test
	void draftsAndSubmissionsAreNeverFound() {
		// demo-031 is submitted and demo-032 a draft; their words must not surface
		assertThat(this.search.search("demo", 0, 50).hits()).allSatisfy(hit -> assertThat(hit.id()).isPositive());
		SearchResults all = this.search.search("的", 0, 100);
		assertThat(all.total()).isLessThanOrEqualTo(30);
	}

	@Test
	void highlightedSnippetsEscapeWhatPeopleTyped() {
		assertThat(Snippet.toSafeHtml("<script>x</script>" + Snippet.OPEN + "缺货" + Snippet.CLOSE))
			.isEqualTo("&lt;script&gt;x&lt;/script&gt;<mark>缺货</mark>");
	}

}
