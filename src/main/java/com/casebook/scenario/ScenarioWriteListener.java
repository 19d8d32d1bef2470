package com.casebook.scenario;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Told by JPA of every scenario written, whichever service wrote it: what is kept in
 * memory about scenarios may be out of date (a scenario may have entered or left the
 * review queue; any catalogue count may have changed).
 */
class ScenarioWriteListener {

	/** Looked up when needed: JPA makes this listener before these beans can exist. */
	private final ObjectProvider<ReviewQueue> queue;

	private final ObjectProvider<CatalogueCounts> counts;

	ScenarioWriteListener(ObjectProvider<ReviewQueue> queue, ObjectProvider<CatalogueCounts> counts) {
		this.queue = queue;
		this.counts = counts;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Scenario scenario) {
		this.queue.getObject().waitingChanged();
		this.counts.getObject().scenarioWritten();
	}

}
