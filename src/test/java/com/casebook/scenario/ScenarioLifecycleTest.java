package com.casebook.scenario;

import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.revision.RevisionEntry;
import com.casebook.revision.RevisionHistory;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafts, review, amendments and revisions on the real database.
 */
@CasebookIntegrationTest
class ScenarioLifecycleTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	RevisionHistory history;

	ScenarioContent content(String title, String situation) {
		return ScenarioContent.builder()
			.title(title)
			.situation(situation)
			.categoryId(this.scenarios.categoryId())
			.frequency(Frequency.WEEKLY)
			.severity(Severity.MEDIUM)
			.build();
	}

	@Test
	void aSubmissionSentBackFixedAndResubmittedGetsPublished() {
		CurrentUser manager = this.users.user("manager");
		long id = this.drafting.createDraft(manager, content("夜班交接遗漏", "夜班没有交接未结工单"),
				SolutionContent.of("1. 建立交接模板", "遗漏减少"));
		this.drafting.submit(id, manager);
		this.review.sendBack(id, this.users.user("editor"), "请补充数字");
		assertThat(this.catalogue.find(id).orElseThrow().getReviewComment()).isEqualTo("请补充数字");

		this.drafting.updateDraft(id, manager, content("夜班交接遗漏", "夜班没有交接 12 张未结工单"),
				SolutionContent.of("1. 建立交接模板", "遗漏从每月 20 起降到 3 起"), 1, 1);
		this.drafting.submit(id, manager);
		this.review.publish(id, this.users.user("editor"));

		assertThat(this.catalogue.find(id).orElseThrow().getStatus()).isEqualTo(ScenarioStatus.PUBLISHED);
	}

	@Test
	void aManagerCannotPublish() {
		CurrentUser manager = this.users.user("manager");
		long id = this.drafting.createDraft(manager, content("不能自己发布", "情景"), SolutionContent.of("1. 行动", "效果"));
		this.drafting.submit(id, manager);
		assertThatThrownBy(() -> this.review.publish(id, manager)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anotherManagerCannotEditSomeonesDraft() {
		long id = this.drafting.createDraft(this.users.user("manager"), content("我的草稿", "情景"), null);
		assertThatThrownBy(
				() -> this.drafting.updateDraft(id, this.users.user("manager2"), content("改别人的", "情景"), null, 1, 0))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void amendmentsAndSolutionsAreRevisionsInOneHistoryAndRevertRestoresText() {
		long id = publishedScenario("客户情绪激动时的安抚", "客户因为退款延迟而非常生气");
		this.amendments.amend(id, this.users.user("manager2"), content("客户情绪激动时的安抚", "客户因为退款延迟三周而非常生气"), 1, "补充等待时长");
		this.amendments.addSolution(id, this.users.user("manager2"), SolutionContent.of("1. 先共情", "升级率下降"));

		var revisions = this.history.history(id);
		assertThat(revisions).hasSize(4);
		assertThat(revisions).filteredOn(RevisionEntry::isOfSolution).hasSize(2);

		RevisionEntry first = revisions.stream()
			.filter(r -> !r.isOfSolution() && r.number() == 1)
			.findFirst()
			.orElseThrow();
		RevisionEntry second = revisions.stream()
			.filter(r -> !r.isOfSolution() && r.number() == 2)
			.findFirst()
			.orElseThrow();
		var comparison = this.history.compare(id, first.id(), second.id(), Locale.SIMPLIFIED_CHINESE);
		assertThat(comparison.fields()).filteredOn(f -> f.changed())
			.singleElement()
			.satisfies(f -> assertThat(f.afterHtml()).contains("<ins>三周</ins>"));

		this.history.revert(id, first.id(), this.users.user("editor"), "↩ r1");
		Scenario reverted = this.catalogue.find(id).orElseThrow();
		assertThat(reverted.getSituation()).isEqualTo("客户因为退款延迟而非常生气");
		assertThat(reverted.getRevisionNumber()).isEqualTo(3);
	}

	@Test
	void twoPeopleSavingTheSameVersionTheSecondGetsAConflictAndNothingIsOverwritten() {
		long id = publishedScenario("IVR 改版", "转接率上升");
		this.amendments.amend(id, this.users.user("manager"), content("IVR 改版", "转接率从 11% 上升到 26%"), 1, "数字");
		assertThatThrownBy(
				() -> this.amendments.amend(id, this.users.user("manager2"), content("IVR 改版", "客户在菜单里绕圈"), 1, "描述"))
			.isInstanceOf(EditConflictException.class);
		assertThat(this.catalogue.find(id).orElseThrow().getSituation()).isEqualTo("转接率从 11% 上升到 26%");
	}

	@Autowired
	ScenarioFeedback feedback;

	@Test
	void eachPersonAppliesASolutionOnceAndTheCountFollows() {
		long id = publishedScenario("回拨承诺", "回拨超时");
		long solutionId = this.catalogue.find(id).orElseThrow().getSolutions().get(0).getId();
		assertThat(this.feedback.applied(id, solutionId, this.users.user("reader"), "T-1001", "客户满意")).isTrue();
		assertThat(this.feedback.applied(id, solutionId, this.users.user("reader"), "T-1002", null)).isFalse();
		assertThat(this.feedback.applied(id, solutionId, this.users.user("manager2"), null, null)).isTrue();
		Scenario scenario = this.catalogue.find(id).orElseThrow();
		assertThat(scenario.getAppliedCount()).isEqualTo(2);
		assertThat(scenario.solution(solutionId).getAppliedCount()).isEqualTo(2);
		assertThat(this.feedback.solutionsAppliedBy(id, this.users.user("reader").getId())).containsExactly(solutionId);
	}

	@Test
	void readersCommentOnScenarios() {
		long id = publishedScenario("评论", "情景");
		this.feedback.comment(id, this.users.user("reader"), "这个方法我们组也用过");
		assertThat(this.feedback.comments(id)).extracting(ScenarioComment::getBody).containsExactly("这个方法我们组也用过");
	}

	private long publishedScenario(String title, String situation) {
		return this.scenarios.published(content(title, situation), SolutionContent.of("1. 行动", "效果"));
	}

}
