package com.casebook.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Plays parts of the demo on days in the past: sets the application's clock back to the
 * day, runs the part through the ordinary services, and waits until every listener the
 * part set off after commit (notifications, on their own threads) has finished before the
 * clock reads the real time again. So a revision, its points entry, its audit entry and
 * its notification carry the same day, in the order they happened, and nothing any module
 * writes needs to be shifted afterwards (see docs/architecture.md, "Demo mode").
 */
@Component
class DemoHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	/** Long enough for every notification of a day on a busy machine. */
	private static final Duration LISTENERS_AT_MOST = Duration.ofSeconds(60);

	private static final Set<EventPublication.Status> DONE = EnumSet.of(EventPublication.Status.COMPLETED,
			EventPublication.Status.FAILED);

	private final DemoClock clock;

	private final EventPublicationRegistry publications;

	DemoHistory(DemoClock clock, EventPublicationRegistry publications) {
		this.clock = clock;
		this.publications = publications;
	}

	/** The real time now. */
	Instant now() {
		return this.clock.realNow();
	}

	/** Runs {@code part} as if it happened at {@code day} (not after now). */
	void on(Instant day, Runnable part) {
		Set<UUID> pendingBefore = pending();
		this.clock.setBackTo(day);
		try {
			part.run();
			awaitListeners(pendingBefore);
		}
		finally {
			this.clock.reset();
		}
	}

	/**
	 * Waits until no event publication the part made is still waiting for or running its
	 * listener. Ones that were pending before are not the part's (a failed notification
	 * of an earlier start stays incomplete for good).
	 */
	private void awaitListeners(Set<UUID> pendingBefore) {
		long deadline = System.nanoTime() + LISTENERS_AT_MOST.toNanos();
		while (!pendingBefore.containsAll(pending())) {
			if (System.nanoTime() > deadline) {
				log.warn("Demo history: listeners still running after {}; their rows may carry a later day",
						LISTENERS_AT_MOST);
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private Set<UUID> pending() {
		return this.publications.findIncompletePublications()
			.stream()
			.filter(publication -> !DONE.contains(publication.getStatus()))
			.map(EventPublication::getIdentifier)
			.collect(Collectors.toSet());
	}

}
