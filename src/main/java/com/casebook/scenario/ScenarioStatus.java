package com.casebook.scenario;

/**
 * draft → submitted → published → archived, or → merged into another scenario.
 */
public enum ScenarioStatus {

	DRAFT, SUBMITTED, PUBLISHED, ARCHIVED, MERGED;

	public boolean isVisibleToReaders() {
		return this == PUBLISHED;
	}

	// for templates: ${scenario.status.published} instead of comparing names

	public boolean isDraft() {
		return this == DRAFT;
	}

	public boolean isSubmitted() {
		return this == SUBMITTED;
	}

	public boolean isPublished() {
		return this == PUBLISHED;
	}

}
