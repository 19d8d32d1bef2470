package com.casebook.demo;

import java.util.List;

import com.casebook.points.Rewards;
import com.casebook.scenario.CatalogueQuery;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.ScenarioRow;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.WikiAmendments;
import com.casebook.search.QuerySynonyms;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchLog;
import com.casebook.taxonomy.CategoryCuration;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * What a few weeks of use leave behind, played through the same services people use, so
 * that points, notifications and the audit log agree with it: a second team adds and gets
 * solutions adopted, agents apply solutions and comment, a reward catalogue with stock
 * and one redemption waiting for an admin, a category with a short review interval (so
 * some scenarios are due), and searches that found nothing (knowledge gaps).
 * <p>
 * Off with {@code casebook.demo-activity=false}: the test suite keeps the plain demo
 * catalogue its assertions were written against, and one test plays the activity.
 */
@Component
class DemoActivity {

	private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

	/** Searches an agent might type that no demo scenario answers. */
	static final List<String> UNANSWERED = List.of("视频客服 手语翻译", "海外来电 时差排班", "坐席 心理疏导 热线");

	private final boolean on;

	private final UserDetailsService accounts;

	private final ScenarioCatalogue catalogue;

	private final WikiAmendments amendments;

	private final SolutionAdoption adoption;

	private final ScenarioFeedback feedback;

	private final Rewards rewards;

	private final CategoryCuration categories;

	private final Taxonomy taxonomy;

	private final ScenarioSearch search;

	private final SearchLog searchLog;

	private final QuerySynonyms synonyms;

	DemoActivity(@Value("${casebook.demo-activity:true}") boolean on, UserDetailsService accounts,
			ScenarioCatalogue catalogue, WikiAmendments amendments, SolutionAdoption adoption,
			ScenarioFeedback feedback, Rewards rewards, CategoryCuration categories, Taxonomy taxonomy,
			ScenarioSearch search, SearchLog searchLog, QuerySynonyms synonyms) {
		this.on = on;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.amendments = amendments;
		this.adoption = adoption;
		this.feedback = feedback;
		this.rewards = rewards;
		this.categories = categories;
		this.taxonomy = taxonomy;
		this.search = search;
		this.searchLog = searchLog;
		this.synonyms = synonyms;
	}

	/** Plays the activity on the freshly imported demo catalogue. */
	void play() {
		if (!this.on) {
			return;
		}
		CurrentUser reader = person("reader");
		CurrentUser otherTeam = person("manager2");
		CurrentUser editor = person("editor");
		List<Long> scenarios = this.catalogue.published(new CatalogueQuery(null, null, 0, 12))
			.map(ScenarioRow::id)
			.toList();

		secondTeamContributes(scenarios, otherTeam, editor);
		agentsApplyAndComment(scenarios, reader);
		rewardsAndARedemption();
		shortReviewIntervalFor("客户投诉");
		unansweredSearches();
		querySynonyms(person("admin"));
		log.info("Demo mode: played a few weeks of activity (solutions, adoptions, applications, rewards, searches)");
	}

	private void secondTeamContributes(List<Long> scenarios, CurrentUser author, CurrentUser editor) {
		long first = this.amendments.addSolution(scenarios.get(0), author,
				SolutionContent.of("1. 高峰前一天在知识库置顶统一口径\n2. 班前会逐条演练三种常见追问\n3. 组长每小时抽听 5 通并当场纠偏",
						"同类来电平均处理时长从 6 分 10 秒降到 4 分 40 秒，升级投诉减少约三成"));
		this.amendments.addSolution(scenarios.get(1), author,
				SolutionContent.of("1. 把常见问题做成 IVR 自助播报\n2. 在短信里附上自助查询链接", "转人工率下降 12 个百分点，客户满意度持平"));
		this.adoption.adopt(scenarios.get(0), first, editor, "两个团队试用后效果最稳定");
	}

	private void agentsApplyAndComment(List<Long> scenarios, CurrentUser agent) {
		for (long id : scenarios.subList(2, 6)) {
			Scenario scenario = this.catalogue.find(id).orElseThrow();
			Solution solution = scenario.getSolutions().get(0);
			this.feedback.applied(id, solution.getId(), agent, "工单 " + (20_260_000 + id), "按步骤处理后客户接受了方案");
		}
		this.feedback.comment(scenarios.get(2), agent, "昨晚夜班遇到同样的情况，**第 2 步**很管用，建议补充短信模板。");
	}

	private void rewardsAndARedemption() {
		long coffee = this.rewards.create("咖啡券 (Coffee voucher)", "楼下咖啡店任选一杯", 30, 40);
		this.rewards.create("培训课程 (Training course)", "外部客户体验课程一门", 120, 5);
		this.rewards.create("半天调休 (Half day off)", "与排班组长确认后使用", 200, 3);
		this.rewards.redeem(person("manager").getId(), coffee);
	}

	private void shortReviewIntervalFor(String categoryPath) {
		this.categories.setReviewInterval(this.taxonomy.categoryForPath(categoryPath), 30);
	}

	/** Words agents type for the catalogue's words, as an admin would add them. */
	private void querySynonyms(CurrentUser admin) {
		this.synonyms.add(new QuerySynonyms.NewSynonym("当机", "宕机", false), admin);
		this.synonyms.add(new QuerySynonyms.NewSynonym("退钱", "退款", true), admin);
		this.synonyms.add(new QuerySynonyms.NewSynonym("快递晚到", "物流延迟", false), admin);
	}

	private void unansweredSearches() {
		for (String query : UNANSWERED) {
			long found = this.search.search(query, 0, 1).total();
			for (int i = 0; i < 3; i++) {
				this.searchLog.record(query, found, false, Role.READER, SearchLog.Source.PAGE);
			}
		}
		this.searchLog.flush();
	}

	private CurrentUser person(String username) {
		return (CurrentUser) this.accounts.loadUserByUsername(username);
	}

}
