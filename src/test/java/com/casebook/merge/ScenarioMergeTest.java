package com.casebook.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.revision.RevisionHistory;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.scenario.SolutionContent;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging a duplicate into a scenario and undoing it: everything moves, nothing is lost,
 * and undoing puts every solution, revision, "I applied this", comment and author back.
 */
@CasebookIntegrationTest
class ScenarioMergeTest {

	@Autowired
	TestUsers users;

	@Autowired
	Merges merges;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioFeedback feedback;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	ScenarioSearch search;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mergingMovesEverythingAndUndoingPutsEverythingBack() {
		Pair pair = pairOfDuplicates("琥珀");
		Map<String, Object> before = state(pair);

		long mergeId = this.merges.merge(pair.target, pair.source, "合并后的描述：琥珀暗号两段文字合在一起", this.users.user("editor"),
				Locale.CHINA);

		Scenario target = this.catalogue.find(pair.target).orElseThrow();
		Scenario source = this.catalogue.find(pair.source).orElseThrow();
		assertThat(source.getStatus()).isEqualTo(ScenarioStatus.MERGED);
		assertThat(source.getMergedIntoId()).isEqualTo(pair.target);
		assertThat(target.getSolutions()).hasSize(3);
		assertThat(target.getSolutions()).extracting(s -> s.getAuthorId())
			.containsExactlyInAnyOrder(id("manager"), id("manager2"), id("manager2"));
		assertThat(target.getTagIds()).containsAll(pair.sourceTags).containsAll(pair.targetTags);
		assertThat(target.getSituation()).startsWith("合并后的描述");
		assertThat(target.getAppliedCount()).isEqualTo(2);
		assertThat(this.feedback.comments(pair.target)).hasSize(2);
		assertThat(search("乙方第二个做法")).containsExactly(pair.target);
		assertThat(revisionSummaries(pair.target)).anyMatch(s -> s.contains("#" + pair.source));
		assertThat(revisionSummaries(pair.source)).anyMatch(s -> s.contains("#" + pair.target));
		assertThat(solutionRevisionsShownIn(pair.target)).isEqualTo(3);

		this.merges.undo(mergeId, this.users.user("editor"), Locale.CHINA);

		assertThat(state(pair)).isEqualTo(before);
		assertThat(this.catalogue.find(pair.source).orElseThrow().getStatus()).isEqualTo(ScenarioStatus.PUBLISHED);
		assertThat(search("乙方第二个做法")).containsExactly(pair.source);
		assertThat(revisionSummaries(pair.target)).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void theSubmittedDuplicateOfTheDemoOutOfStockScenarioIsFoundForTheQueue() {
		long original = refId("demo-001");
		long duplicate = refId("demo-033");
		DuplicateQueue queue = this.queue;
		assertThat(queue.open())
			.anyMatch(c -> Set.of(c.scenarioA(), c.scenarioB()).equals(Set.of(original, duplicate)));
	}

	@Autowired
	DuplicateQueue queue;

	@Test
	void aDismissedPairNeverComesBackAndAFlagQueuesAPair() {
		Pair pair = pairOfDuplicates("翡翠");
		this.queue.flag(pair.source, pair.target, this.users.user("reader"));
		DuplicateQueue.Candidate flagged = this.queue.open()
			.stream()
			.filter(c -> Set.of(c.scenarioA(), c.scenarioB()).equals(Set.of(pair.source, pair.target)))
			.findFirst()
			.orElseThrow();
		assertThat(flagged.flags()).isEqualTo(1);

		this.queue.dismiss(flagged.id(), this.users.user("editor"));
		this.queue.scanAll();
		assertThat(this.queue.open()).noneMatch(c -> c.id() == flagged.id());
	}

	private record Pair(long target, long source, Set<Long> targetTags, Set<Long> sourceTags) {
	}

	/**
	 * Two published scenarios, each with solutions, tags, a comment and an "I applied
	 * this".
	 */
	private Pair pairOfDuplicates(String word) {
		CurrentUser manager = this.users.user("manager");
		CurrentUser other = this.users.user("manager2");
		CurrentUser editor = this.users.user("editor");
		long category = this.taxonomy.categoryForPath("客户投诉/升级投诉");
		Set<Long> targetTags = Set.of(this.taxonomy.tagNamed(word + "甲", TagStatus.ACTIVE));
		Set<Long> sourceTags = Set.of(this.taxonomy.tagNamed(word + "乙", TagStatus.ACTIVE));
		long target = this.drafting.createDraft(manager,
				ScenarioContent.builder()
					.title(word + "暗号 甲方")
					.situation(word + "甲方独有的描述")
					.categoryId(category)
					.tagIds(targetTags)
					.build(),
				SolutionContent.of("1. 甲方做法", "有效"));
		long source = this.drafting.createDraft(other,
				ScenarioContent.builder()
					.title(word + "暗号 乙方")
					.situation(word + "乙方独有的描述")
					.categoryId(category)
					.tagIds(sourceTags)
					.build(),
				SolutionContent.of("1. 乙方做法", "也有效"));
		for (long id : new long[] { target, source }) {
			CurrentUser author = id == target ? manager : other;
			this.drafting.submit(id, author);
			this.review.publish(id, editor);
			this.feedback.comment(id, this.users.user("reader"), "评论 " + id);
		}
		long sourceSolution = this.catalogue.find(source).orElseThrow().getSolutions().get(0).getId();
		this.amendments.addSolution(source, other, SolutionContent.of("2. 乙方第二个做法", "一般"));
		this.feedback.applied(source, sourceSolution, this.users.user("reader"), "T-1", "好用");
		long targetSolution = this.catalogue.find(target).orElseThrow().getSolutions().get(0).getId();
		this.feedback.applied(target, targetSolution, this.users.user("reader"), "T-2", "好用");
		return new Pair(target, source, targetTags, sourceTags);
	}

	/** Everything a merge touches, read straight from the database. */
	private Map<String, Object> state(Pair pair) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (long id : new long[] { pair.target, pair.source }) {
			state.put("scenario " + id, this.jdbc
				.sql("select title, situation, status, applied_count, merged_into_id from scenario where id = :id")
				.param("id", id)
				.query()
				.singleRow());
			state.put("tags " + id,
					Set.copyOf(this.jdbc.sql("select tag_id from scenario_tag where scenario_id = :id")
						.param("id", id)
						.query(Long.class)
						.list()));
			state.put("solutions " + id, this.jdbc
				.sql("select id, author_id, actions, effect, revision_number, applied_count, adopted from solution "
						+ "where scenario_id = :id order by id")
				.param("id", id)
				.query()
				.listOfRows());
			state.put("comments " + id,
					this.jdbc
						.sql("select id, author_id, body from scenario_comment where scenario_id = :id order by id")
						.param("id", id)
						.query()
						.listOfRows());
			state.put("applications " + id, this.jdbc.sql(
					"select solution_id, user_id, ticket from solution_application where scenario_id = :id order by id")
				.param("id", id)
				.query()
				.listOfRows());
			state.put("solution revisions " + id, this.jdbc.sql(
					"select r.id, r.solution_id, r.author_id, r.number from revision r join solution s on s.id = r.solution_id "
							+ "where s.scenario_id = :id order by r.id")
				.param("id", id)
				.query()
				.listOfRows());
		}
		return state;
	}

	private List<Long> search(String text) {
		return this.search.search(text, 0, 10).hits().stream().map(SearchHit::id).toList();
	}

	private List<String> revisionSummaries(long scenarioId) {
		return this.jdbc.sql(
				"select coalesce(summary, '') from revision where scenario_id = :id and solution_id is null order by id")
			.param("id", scenarioId)
			.query(String.class)
			.list();
	}

	@Autowired
	RevisionHistory history;

	private long solutionRevisionsShownIn(long scenarioId) {
		return this.history.history(scenarioId).stream().filter(e -> e.solutionId() != null).count();
	}

	private long refId(String ref) {
		return this.jdbc.sql("select id from scenario where external_ref = :ref")
			.param("ref", ref)
			.query(Long.class)
			.single();
	}

	private long id(String name) {
		return this.users.user(name).getId();
	}

}
