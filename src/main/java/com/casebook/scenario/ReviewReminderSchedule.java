package com.casebook.scenario;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily review reminders, once per cluster: every node fires at the same hour, the
 * first takes the job's lock and the others skip that day's run, so an owner is reminded
 * once however many nodes run (each reminder is also marked on the scenario, so a run
 * that came late would find nothing left to remind). Apart from {@link ContentHealth} so
 * that its reminders run in their transaction and tests call them without the lock.
 */
@Component
class ReviewReminderSchedule {

	private final ContentHealth health;

	ReviewReminderSchedule(ContentHealth health) {
		this.health = health;
	}

	@Scheduled(cron = "${casebook.review.reminder-cron:0 0 8 * * *}")
	@SchedulerLock(name = "review-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	void remindOwners() {
		this.health.remindOwners();
	}

}
