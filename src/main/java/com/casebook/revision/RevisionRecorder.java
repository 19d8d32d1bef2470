package com.casebook.revision;

import java.time.Clock;

import com.casebook.scenario.ScenarioLifecycleEvents.DraftDeleted;
import com.casebook.scenario.ScenarioRevised;
import com.casebook.scenario.SolutionRevised;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a revision for every save, inside the saving transaction: if the revision cannot
 * be written, the save fails too.
 */
@Component
class RevisionRecorder {

	private final RevisionRepository revisions;

	private final JsonMapper json;

	private final Clock clock;

	RevisionRecorder(RevisionRepository revisions, JsonMapper json, Clock clock) {
		this.revisions = revisions;
		this.json = json;
		this.clock = clock;
	}

	/** A deleted draft takes its history with it: nobody else ever saw it. */
	@EventListener
	void on(DraftDeleted event) {
		this.revisions.deleteByScenarioId(event.scenarioId());
	}

	@EventListener
	void on(ScenarioRevised event) {
		this.revisions.save(new Revision(event.scenarioId(), null, event.number(), event.editorId(), event.summary(),
				this.json.writeValueAsString(event.content()), this.clock.instant()));
	}

	@EventListener
	void on(SolutionRevised event) {
		this.revisions.save(new Revision(event.scenarioId(), event.solutionId(), event.number(), event.editorId(),
				event.summary(), this.json.writeValueAsString(event.content()), this.clock.instant()));
	}

}
