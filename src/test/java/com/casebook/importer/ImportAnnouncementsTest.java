package com.casebook.importer;

import java.io.StringReader;
import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.points.PointReason;
import com.casebook.points.PointsLedger;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioAmended;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdded;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.scenario.ScenarioRevised;
import com.casebook.scenario.SolutionRevised;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import announces what it changes as the pages do (so points, the audit log,
 * notifications and the duplicate scan follow), and a line that changes nothing announces
 * nothing.
 */
@CasebookIntegrationTest
@RecordApplicationEvents
class ImportAnnouncementsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JsonLinesImport jsonLines;

	@Autowired
	UserDirectory users;

	@Autowired
	PointsLedger ledger;

	@Autowired
	ApplicationEvents events;

	@Test
	void anImportedPublishedLineIsAnnouncedWithItsAdoptionAndItsAuthorEarnsPoints() {
		UserSummary author = this.users.findByUsername("manager2").orElseThrow();
		long before = this.ledger.balance(author.id());

		importLine(line("announce-new", "导入即发布", "1. 先安抚", "客户接受", "manager2"));

		ScenarioPublished published = this.events.stream(ScenarioPublished.class).findFirst().orElseThrow();
		assertThat(published.authorId()).isEqualTo(author.id());
		assertThat(published.editorId()).isEqualTo(admin().id());
		assertThat(this.events.stream(SolutionAdoptionChanged.class)).singleElement()
			.satisfies(change -> assertThat(change.adopted()).isTrue());
		assertThat(this.events.stream(ScenarioRevised.class)).hasSize(1);
		assertThat(this.events.stream(SolutionRevised.class)).hasSize(1);
		assertThat(this.ledger.holds(author.id(), PointReason.SCENARIO_PUBLISHED, "scenario:" + published.scenarioId()))
			.isTrue();
		assertThat(this.ledger.balance(author.id())).isGreaterThan(before);
	}

	@Test
	void aChangedLineIsAnnouncedAsAnAmendmentAndAnUnchangedOneAnnouncesNothing() {
		String first = line("announce-again", "再次导入", "1. 先安抚", "客户接受", null);
		importLine(first);

		this.events.clear();
		ImportReport unchanged = importLine(first);
		assertThat(unchanged.unchanged()).isEqualTo(1);
		assertThat(this.events.stream()
			.filter(event -> event.getClass().getPackageName().startsWith("com.casebook"))
			.toList()).as("events of an unchanged line")
			.allMatch(event -> event.getClass().getSimpleName().equals("ImportCompleted"));

		this.events.clear();
		ImportReport changed = importLine(line("announce-again", "再次导入", "1. 先安抚，再补偿", "客户接受", null));
		assertThat(changed.updated()).isEqualTo(1);
		assertThat(this.events.stream(SolutionRevised.class)).hasSize(1);
		assertThat(this.events.stream(ScenarioAmended.class)).singleElement()
			.satisfies(amended -> assertThat(amended.solutionId()).isNotNull());
		assertThat(this.events.stream(SolutionAdded.class)).isEmpty();
	}

	private ImportReport importLine(String line) {
		return this.jsonLines.importFrom(new StringReader(line), admin());
	}

	private UserSummary admin() {
		return this.users.findByUsername("admin").orElseThrow();
	}

	private static String line(String ref, String title, String actions, String effect, String author) {
		return JSON.writeValueAsString(new ScenarioRecord(ref, title, "情景描述 " + title, "排班与人力/话务预测", "电话", "电商零售",
				List.of("服务水平"), List.of(TagRecord.parse("排班")), "WEEKLY", "HIGH", "PUBLISHED", author,
				List.of(new ScenarioRecord.SolutionRecord(actions, effect, null, null, true))));
	}

}
