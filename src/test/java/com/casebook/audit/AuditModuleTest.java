package com.casebook.audit;

import java.util.List;

import com.casebook.ModuleOnItsOwn;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module on its own: editors' actions announced by other modules become entries
 * naming the editor, the target and the state before and after, in the action's own
 * transaction.
 */
@ModuleOnItsOwn
class AuditModuleTest {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	UserDirectory directory;

	long editor;

	@BeforeEach
	void anEditor() {
		this.editor = ModuleOnItsOwn.People.newAccount(this.jdbc, "audit-editor");
	}

	@Test
	void publishingIsLoggedWithTheEditorAndTheStatusChange(Scenario scenario) {
		scenario.publish(new ScenarioPublished(6001, 1, this.editor))
			.andWaitForStateChange(() -> entriesBy(this.editor), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("scenario.publish");
				assertThat(entry.targetId()).isEqualTo(6001);
				assertThat(entry.before()).contains("SUBMITTED");
				assertThat(entry.after()).contains("PUBLISHED");
			}));
	}

	@Test
	void adoptingWithANoteLogsTheNote(Scenario scenario) {
		scenario.publish(new SolutionAdoptionChanged(6002, 6102, 1, this.editor, true, "最稳妥的做法"))
			.andWaitForStateChange(() -> entriesBy(this.editor), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("solution.adopt");
				assertThat(entry.targetId()).isEqualTo(6102);
				assertThat(entry.after()).contains("最稳妥的做法");
			}));
	}

	private List<AuditLog.Entry> entriesBy(long actorId) {
		return this.log.find(new AuditLog.Filter(null, actorId, null, null), 0, 10);
	}

}
