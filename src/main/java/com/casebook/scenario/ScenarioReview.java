package com.casebook.scenario;

import java.time.Clock;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decisions on a scenario: publishing a submission, sending it back with a
 * comment, archiving a published one. Each method is one transaction.
 */
@Service
@Transactional
public class ScenarioReview {

	private final ScenarioWrites writes;

	private final Clock clock;

	ScenarioReview(ScenarioWrites writes, Clock clock) {
		this.writes = writes;
		this.clock = clock;
	}

	public void publish(long id, CurrentUser editor) {
		ScenarioWrites.requireRole(editor, Role.EDITOR);
		Scenario scenario = this.writes.load(id);
		scenario.publish(editor.getId(), this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
	}

	public void sendBack(long id, CurrentUser editor, String comment) {
		ScenarioWrites.requireRole(editor, Role.EDITOR);
		Scenario scenario = this.writes.load(id);
		scenario.sendBack(editor.getId(), comment, this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
	}

	public void archive(long id, CurrentUser editor) {
		ScenarioWrites.requireRole(editor, Role.EDITOR);
		Scenario scenario = this.writes.load(id);
		scenario.archive(editor.getId(), this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
	}

}
