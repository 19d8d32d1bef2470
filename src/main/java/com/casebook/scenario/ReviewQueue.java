package com.casebook.scenario;

import java.util.List;

import com.casebook.user.FigureCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions waiting for an editor, oldest first.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	private final ScenarioRepository scenarios;

	private final FigureCache<Long, Long> counts = new FigureCache<>();

	ReviewQueue(ScenarioRepository scenarios) {
		this.scenarios = scenarios;
	}

	public List<Scenario> waiting() {
		return this.scenarios.findByStatusOrderBySubmittedAtAscIdAsc(ScenarioStatus.SUBMITTED);
	}

	public long count() {
		return this.scenarios.countByStatus(ScenarioStatus.SUBMITTED);
	}

	/**
	 * How many submissions wait, for the editors' page header: from memory on most pages
	 * (see {@link FigureCache}).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public long countForHeader() {
		return this.counts.get(0L, this::count);
	}

	void waitingChanged() {
		this.counts.changed(0L);
	}

}
