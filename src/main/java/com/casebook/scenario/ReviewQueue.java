package com.casebook.scenario;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions waiting for an editor, oldest first.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	private final ScenarioRepository scenarios;

	ReviewQueue(ScenarioRepository scenarios) {
		this.scenarios = scenarios;
	}

	public List<Scenario> waiting() {
		return this.scenarios.findByStatusOrderBySubmittedAtAscIdAsc(ScenarioStatus.SUBMITTED);
	}

	public long count() {
		return this.scenarios.countByStatus(ScenarioStatus.SUBMITTED);
	}

}
