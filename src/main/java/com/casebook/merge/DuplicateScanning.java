package com.casebook.merge;

import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSubmitted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Compares a scenario with the catalogue when it is submitted or published, once the
 * change is committed and indexed, so the queue stays current without rescanning
 * everything.
 */
@Component
class DuplicateScanning {

	private final DuplicateQueue queue;

	DuplicateScanning(DuplicateQueue queue) {
		this.queue = queue;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ScenarioSubmitted submitted) {
		this.queue.scan(submitted.scenarioId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ScenarioPublished published) {
		this.queue.scan(published.scenarioId());
	}

}
