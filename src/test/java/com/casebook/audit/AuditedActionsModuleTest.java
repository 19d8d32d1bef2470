package com.casebook.audit;

import java.util.List;

import com.casebook.ModuleTest;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioArchived;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module on its own: editors' actions are written to the log as they happen.
 */
@ModuleTest
class AuditedActionsModuleTest {

	@Autowired
	AuditLog log;

	@Autowired
	UserDirectory users;

	@Test
	void anArchivingIsLoggedWithItsEditorAndBothStatuses(Scenario scenario) {
		long editor = this.users.findByUsername("admin").orElseThrow().id();

		scenario.publish(new ScenarioArchived(94001, editor, editor))
			.andWaitForStateChange(() -> entries("scenario.archive", 94001), found -> !found.isEmpty())
			.andVerify(found -> {
				assertThat(found).singleElement().satisfies(entry -> {
					assertThat(entry.actorId()).isEqualTo(editor);
					assertThat(entry.before()).contains("PUBLISHED");
					assertThat(entry.after()).contains("ARCHIVED");
				});
			});
	}

	@Test
	void anAdoptionIsLoggedWithTheEditorsNote(Scenario scenario) {
		long editor = this.users.findByUsername("admin").orElseThrow().id();

		scenario.publish(new SolutionAdoptionChanged(94002, 95002, editor, editor, true, "最稳妥"))
			.andWaitForStateChange(() -> this.log.find(new AuditLog.Filter(null, editor, null, null), 0, 50),
					found -> found.stream().anyMatch(entry -> entry.targetId() == 95002))
			.andVerify(found -> assertThat(found).filteredOn(entry -> entry.targetId() == 95002)
				.singleElement()
				.satisfies(entry -> assertThat(entry.after()).contains("最稳妥")));
	}

	private List<AuditLog.Entry> entries(String action, long targetId) {
		return this.log.find(new AuditLog.Filter(action, null, null, null), 0, 50)
			.stream()
			.filter(entry -> entry.targetId() == targetId)
			.toList();
	}

}
