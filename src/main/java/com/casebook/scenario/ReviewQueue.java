package com.casebook.scenario;

import java.util.List;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import com.casebook.user.FigureCache;

import org.springframework.beans.factory.ObjectProvider;
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

	/**
	 * Told by JPA of every scenario written: any of them may have entered or left the
	 * queue, whichever service changed its status.
	 */
	static class Changes {

		/** Looked up when needed: JPA makes this listener before the queue can exist. */
		private final ObjectProvider<ReviewQueue> queue;

		Changes(ObjectProvider<ReviewQueue> queue) {
			this.queue = queue;
		}

		@PostPersist
		@PostUpdate
		@PostRemove
		void written(Scenario scenario) {
			this.queue.getObject().waitingChanged();
		}

	}

}
