package com.casebook.scenario;

import java.util.Set;

import com.casebook.CasebookIntegrationTest;
import com.casebook.revision.RevisionEntry;
import com.casebook.revision.RevisionHistory;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserAdministration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafts, review, amendments and revisions on the real database.
 */
@CasebookIntegrationTest
class ScenarioLifecycleTest {

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

	@Autowired
	UserDetailsService accounts;

	CurrentUser user(String username) {
		return (CurrentUser) this.accounts.loadUserByUsername(username);
	}

	long categoryId() {
		return this.catalogue
			.find(this.catalogue.published(new CatalogueQuery(null, null, 0, 1)).getContent().get(0).id())
			.orElseThrow()
			.getCategoryId();
	}

	ScenarioContent content(String title, String situation) {
		return new ScenarioContent(title, situation, categoryId(), null, null, Set.of(), Set.of(), Frequency.WEEKLY,
				Severity.MEDIUM);
	}

	@Test
	void aSubmissionSentBackFixedAndResubmittedGetsPublished() {
		CurrentUser manager = user("manager");
		long id = this.drafting.createDraft(manager, content("夜班交接遗漏", "夜班没有交接未结工单"),
				new SolutionContent("1. 建立交接模板", "遗漏减少", null));
		this.drafting.submit(id, manager);
		this.review.sendBack(id, user("editor"), "请补充数字");
		assertThat(this.catalogue.find(id).orElseThrow().getReviewComment()).isEqualTo("请补充数字");

		this.drafting.updateDraft(id, manager, content("夜班交接遗漏", "夜班没有交接 12 张未结工单"),
				new SolutionContent("1. 建立交接模板", "遗漏从每月 20 起降到 3 起", null), 1, 1);
		this.drafting.submit(id, manager);
		this.review.publish(id, user("editor"));

		assertThat(this.catalogue.find(id).orElseThrow().getStatus()).isEqualTo(ScenarioStatus.PUBLISHED);
	}

	@Test
	void aManagerCannotPublish() {
		CurrentUser manager = user("manager");
		long id = this.drafting.createDraft(manager, content("不能自己发布", "情景"), new SolutionContent("1. 行动", "效果", null));
		this.drafting.submit(id, manager);
		assertThatThrownBy(() -> this.review.publish(id, manager)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anotherManagerCannotEditSomeonesDraft() {
		long id = this.drafting.createDraft(user("manager"), content("我的草稿", "情景"), null);
		assertThatThrownBy(() -> this.drafting.updateDraft(id, user("manager2"), content("改别人的", "情景"), null, 1, 0))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void amendmentsAndSolutionsAreRevisionsInOneHistoryAndRevertRestoresText() {
		long id = publishedScenario("客户情绪激动时的安抚", "客户因为退款延迟而非常生气");
		this.amendments.amend(id, user("manager2"), content("客户情绪激动时的安抚", "客户因为退款延迟三周而非常生气"), 1, "补充等待时长");
		this.amendments.addSolution(id, user("manager2"), new SolutionContent("1. 先共情", "升级率下降", null));

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
		var comparison = this.history.compare(id, first.id(), second.id(), java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(comparison.fields()).filteredOn(f -> f.changed())
			.singleElement()
			.satisfies(f -> assertThat(f.afterHtml()).contains("<ins>三周</ins>"));

		this.history.revert(id, first.id(), user("editor"), "↩ r1");
		Scenario reverted = this.catalogue.find(id).orElseThrow();
		assertThat(reverted.getSituation()).isEqualTo("客户因为退款延迟而非常生气");
		assertThat(reverted.getRevisionNumber()).isEqualTo(3);
	}

	@Test
	void twoPeopleSavingTheSameVersionTheSecondGetsAConflictAndNothingIsOverwritten() {
		long id = publishedScenario("IVR 改版", "转接率上升");
		this.amendments.amend(id, user("manager"), content("IVR 改版", "转接率从 11% 上升到 26%"), 1, "数字");
		assertThatThrownBy(() -> this.amendments.amend(id, user("manager2"), content("IVR 改版", "客户在菜单里绕圈"), 1, "描述"))
			.isInstanceOf(EditConflictException.class);
		assertThat(this.catalogue.find(id).orElseThrow().getSituation()).isEqualTo("转接率从 11% 上升到 26%");
	}

	@Autowired
	ScenarioFeedback feedback;

	@Test
	void eachPersonAppliesASolutionOnceAndTheCountFollows() {
		long id = publishedScenario("回拨承诺", "回拨超时");
		long solutionId = this.catalogue.find(id).orElseThrow().getSolutions().get(0).getId();
		assertThat(this.feedback.applied(id, solutionId, user("reader"), "T-1001", "客户满意")).isTrue();
		assertThat(this.feedback.applied(id, solutionId, user("reader"), "T-1002", null)).isFalse();
		assertThat(this.feedback.applied(id, solutionId, user("manager2"), null, null)).isTrue();
		Scenario scenario = this.catalogue.find(id).orElseThrow();
		assertThat(scenario.getAppliedCount()).isEqualTo(2);
		assertThat(scenario.solution(solutionId).getAppliedCount()).isEqualTo(2);
		assertThat(this.feedback.solutionsAppliedBy(id, user("reader").getId())).containsExactly(solutionId);
	}

	@Test
	void readersCommentOnScenarios() {
		long id = publishedScenario("评论", "情景");
		this.feedback.comment(id, user("reader"), "这个方法我们组也用过");
		assertThat(this.feedback.comments(id)).extracting(ScenarioComment::getBody).containsExactly("这个方法我们组也用过");
	}

	private long publishedScenario(String title, String situation) {
		CurrentUser manager = user("manager");
		long id = this.drafting.createDraft(manager, content(title, situation),
				new SolutionContent("1. 行动", "效果", null));
		this.drafting.submit(id, manager);
		this.review.publish(id, user("editor"));
		return id;
	}

}
