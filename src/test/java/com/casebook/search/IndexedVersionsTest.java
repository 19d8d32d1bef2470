package com.casebook.search;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.Frequency;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.Severity;
import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.WikiAmendments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every everyday write leaves the document built from the state the database holds, so
 * the start-up comparison ({@link IndexConsistency}) finds nothing to repair.
 */
@CasebookIntegrationTest
class IndexedVersionsTest {

	@Autowired
	IndexConsistency consistency;

	@Autowired
	ScenarioFeedback feedback;

	@Autowired
	SolutionAdoption adoption;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	TestUsers users;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	JdbcClient jdbc;

	@Test
	void applyingASolutionLeavesTheIndexInStepWithTheDatabase() {
		long[] pair = publishedWithSolution();
		this.feedback.applied(pair[0], pair[1], this.users.user("reader"), null, "ok");
		assertThat(this.consistency.check().stale()).as("after applying").doesNotContain(pair[0]);
	}

	@Test
	void aCommentLeavesTheIndexInStepWithTheDatabase() {
		long[] pair = publishedWithSolution();
		this.feedback.comment(pair[0], this.users.user("reader"), "有用");
		assertThat(this.consistency.check().stale()).as("after a comment").doesNotContain(pair[0]);
	}

	@Test
	void addingAndAdoptingASolutionLeavesTheIndexInStepWithTheDatabase() {
		long[] pair = publishedWithSolution();
		long other = this.amendments.addSolution(pair[0], this.users.editor(),
				new SolutionContent("1. 另一个办法", "有效", null));
		this.adoption.adopt(pair[0], other, this.users.editor(), "更好");
		assertThat(this.consistency.check().stale()).as("after adopting").doesNotContain(pair[0]);
	}

	@Test
	void aDraftSubmittedAndPublishedStaysInStepWithTheDatabaseAtEachStep() {
		long category = this.jdbc.sql("select category_id from scenario where category_id is not null limit 1")
			.query(Long.class)
			.single();
		ScenarioContent content = ScenarioContent.builder()
			.title("索引版本 草稿")
			.situation("情景 索引版本")
			.categoryId(category)
			.frequency(Frequency.MONTHLY)
			.severity(Severity.HIGH)
			.build();
		long id = this.drafting.createDraft(this.users.manager(), content, SolutionContent.of("1. 做", "好"));
		assertThat(this.consistency.check().stale()).as("after the draft").doesNotContain(id);
		this.drafting.submit(id, this.users.manager());
		assertThat(this.consistency.check().stale()).as("after submitting").doesNotContain(id);
		this.review.publish(id, this.users.editor());
		assertThat(this.consistency.check().stale()).as("after publishing").doesNotContain(id);
	}

	private long[] publishedWithSolution() {
		return this.jdbc.sql(
				"select s.id, o.id from scenario s join solution o on o.scenario_id = s.id where s.status = 'PUBLISHED' order by s.id, o.id limit 1")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

}
