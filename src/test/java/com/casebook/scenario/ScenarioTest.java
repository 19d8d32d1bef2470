package com.casebook.scenario;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTest {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private static ScenarioContent content(String title) {
		return ScenarioContent.builder()
			.title(title)
			.situation("大促当天话务暴涨")
			.categoryId(1L)
			.frequency(Frequency.WEEKLY)
			.severity(Severity.HIGH)
			.build();
	}

	private static Scenario withSolution() {
		Scenario scenario = Scenario.draft(7L, content("话务暴涨"), NOW);
		scenario.addSolution(7L, SolutionContent.of("1. 分流", "放弃率下降"), NOW);
		return scenario;
	}

	@Test
	void aDraftCannotBeSubmittedWithoutASolution() {
		Scenario scenario = Scenario.draft(7L, content("话务暴涨"), NOW);
		assertThatThrownBy(() -> scenario.submit(NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aSubmissionSentBackReturnsToDraftWithTheEditorsComment() {
		Scenario scenario = withSolution();
		scenario.submit(NOW);
		scenario.sendBack(3L, "请补充效果数据", NOW);
		assertThat(scenario.getStatus()).isEqualTo(ScenarioStatus.DRAFT);
		assertThat(scenario.getReviewComment()).isEqualTo("请补充效果数据");
		scenario.submit(NOW);
		assertThat(scenario.getStatus()).isEqualTo(ScenarioStatus.SUBMITTED);
		assertThat(scenario.getReviewComment()).isNull();
	}

	@Test
	void sendingBackNeedsAComment() {
		Scenario scenario = withSolution();
		scenario.submit(NOW);
		assertThatThrownBy(() -> scenario.sendBack(3L, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyRevisionOfTheTextGetsTheNextNumber() {
		Scenario scenario = withSolution();
		assertThat(scenario.getRevisionNumber()).isEqualTo(1);
		assertThat(scenario.revise(content("话务暴涨（修订）"), 1, 3L, null, NOW)).isEqualTo(2);
		assertThat(scenario.getTitle()).isEqualTo("话务暴涨（修订）");
	}

	@Test
	void aSaveBasedOnAnOlderRevisionIsAConflictAndChangesNothing() {
		Scenario scenario = withSolution();
		scenario.revise(content("第一个人的修改"), 1, 3L, null, NOW);
		assertThatThrownBy(() -> scenario.revise(content("第二个人的修改"), 1, 3L, null, NOW))
			.isInstanceOf(EditConflictException.class);
		assertThat(scenario.getTitle()).isEqualTo("第一个人的修改");
		assertThat(scenario.getRevisionNumber()).isEqualTo(2);
	}

	@Test
	void aPublishedScenarioIsVisibleToReadersButADraftIsNot() {
		Scenario scenario = withSolution();
		assertThat(scenario.getStatus().isVisibleToReaders()).isFalse();
		scenario.publish(3L, NOW);
		assertThat(scenario.getStatus().isVisibleToReaders()).isTrue();
	}

}
