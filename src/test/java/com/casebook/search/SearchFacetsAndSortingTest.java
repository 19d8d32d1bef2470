package com.casebook.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.casebook.CasebookIntegrationTest;
import com.casebook.taxonomy.Taxonomy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Facet counts, narrowing, sorting and the help offered when nothing is found. */
@CasebookIntegrationTest
class SearchFacetsAndSortingTest {

	@Autowired
	ScenarioSearch search;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void aFacetCountIsExactlyTheNumberOfResultsItsClickLeaves() {
		SearchQuery query = SearchQuery.of("投诉", 0, 50);
		SearchResults all = this.search.search(query);
		Map<Long, Long> tagCounts = all.facets().of(SearchFacet.TAG);
		assertThat(tagCounts).isNotEmpty();
		tagCounts.forEach((tag, count) -> {
			SearchResults narrowed = this.search
				.search(query.withFilters(SearchFilters.none().with(SearchFacet.TAG, tag)));
			assertThat(narrowed.total()).as("tag %s", tag).isEqualTo(count);
			assertThat(narrowed.hits()).allSatisfy(hit -> assertThat(hit.tagIds()).contains(tag));
		});
	}

	@Test
	void facetsCombineAndEveryClickNarrows() {
		SearchQuery query = SearchQuery.of("投诉", 0, 50);
		SearchResults all = this.search.search(query);
		long busiestTag = busiest(all.facets().of(SearchFacet.TAG));
		SearchResults byTag = this.search
			.search(query.withFilters(SearchFilters.none().with(SearchFacet.TAG, busiestTag)));
		long channel = busiest(byTag.facets().of(SearchFacet.CHANNEL));
		SearchFilters both = SearchFilters.none().with(SearchFacet.TAG, busiestTag).with(SearchFacet.CHANNEL, channel);
		SearchResults byBoth = this.search.search(query.withFilters(both));

		assertThat(byBoth.total()).isEqualTo(byTag.facets().count(SearchFacet.CHANNEL, channel))
			.isLessThanOrEqualTo(byTag.total());
		assertThat(byTag.total()).isLessThanOrEqualTo(all.total());
	}

	@Test
	void aParentCategoryCountsTheScenariosOfItsSubcategories() {
		long child = this.taxonomy.categoryForPath("客户投诉/升级投诉");
		long parent = this.taxonomy.category(child).orElseThrow().parentId();
		SearchResults everything = this.search.search(new SearchQuery("",
				SearchFilters.none().with(SearchFacet.CATEGORY, parent), SearchSort.RELEVANCE, 0, 50));
		assertThat(everything.total()).isPositive()
			.isGreaterThanOrEqualTo(everything.facets().count(SearchFacet.CATEGORY, child))
			.isEqualTo(everything.facets().count(SearchFacet.CATEGORY, parent));
	}

	@Test
	void adoptedOnlyKeepsScenariosWithAnAdoptedSolution() {
		SearchQuery query = new SearchQuery("", SearchFilters.none().withAdoptedOnly(true), SearchSort.RELEVANCE, 0,
				100);
		SearchResults adopted = this.search.search(query);
		assertThat(adopted.total()).isPositive().isEqualTo(adopted.facets().adopted());
		assertThat(adopted.hits()).allMatch(SearchHit::adopted);
	}

	@Test
	void mostAppliedSortsByHowOftenScenariosWereApplied() {
		List<Integer> applied = this.search
			.search(new SearchQuery("客户", SearchFilters.none(), SearchSort.MOST_APPLIED, 0, 30))
			.hits()
			.stream()
			.map(SearchHit::appliedCount)
			.toList();
		assertThat(applied).hasSizeGreaterThan(3).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void wordsNotAllFoundTogetherStillFindScenariosWithMostOfThem() {
		SearchResults results = this.search.search(SearchQuery.of("缺货 火星人", 0, 10));
		assertThat(results.relaxed()).isTrue();
		assertThat(results.hits()).extracting(SearchHit::title).anyMatch(title -> title.contains("缺货"));
	}

	@Test
	void nothingFoundOffersTheClosestTagsAndTheWordsThatWorkAlone() {
		SearchResults results = this.search.search(SearchQuery.of("缺了货 木星 土星 火星", 0, 10));
		assertThat(results.total()).isZero();
		assertThat(results.fallback().closestTags()).extracting(tag -> tag.name().zh()).contains("缺货");

		SearchResults oneWordWorks = this.search
			.search(new SearchQuery("缺货 木星 土星 火星", SearchFilters.none(), SearchSort.RELEVANCE, 0, 10));
		assertThat(oneWordWorks.total()).isZero();
		assertThat(oneWordWorks.fallback().partialQueries()).extracting(EmptyResultHelp.WordHits::word)
			.containsExactly("缺货");
	}

	@Test
	void unparsableParametersAreIgnoredRatherThanFailingTheSearch() {
		var params = new LinkedMultiValueMap<String, String>();
		params.add("q", "缺货");
		params.add("tag", "not-a-number");
		params.add("page", "x");
		params.add("sort", "sideways");
		SearchQuery query = SearchParameters.parse(params, 20);
		assertThat(query.filters().isEmpty()).isTrue();
		assertThat(query.page()).isZero();
		assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
	}

	private static long busiest(Map<Long, Long> counts) {
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

}
