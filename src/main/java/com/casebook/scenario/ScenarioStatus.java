package com.casebook.scenario;

/**
 * draft → submitted → published → archived, or → merged into another scenario.
 */
public enum ScenarioStatus {

	DRAFT, SUBMITTED, PUBLISHED, ARCHIVED, MERGED;

	public boolean isVisibleToReaders() {
		return this == PUBLISHED;
	}

}
