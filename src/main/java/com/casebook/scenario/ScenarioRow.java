package com.casebook.scenario;

import java.time.Instant;
import java.util.List;

import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.TagView;

/**
 * One line of the catalogue.
 */
public record ScenarioRow(long id, String title, String excerpt, CategoryView category, List<TagView> tags,
		int solutionCount, boolean hasAdoptedSolution, String authorName, Instant updatedAt, long viewCount,
		int appliedCount) {
}
