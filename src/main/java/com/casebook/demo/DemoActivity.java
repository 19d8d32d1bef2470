package com.casebook.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import com.casebook.points.Rewards;
import com.casebook.scenario.CatalogueQuery;
import com.casebook.scenario.Frequency;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.Severity;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.ScenarioRow;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.WikiAmendments;
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
 * What six weeks of use leave behind, played through the same services people use, so
 * that points, notifications and the audit log agree with it: a second team adds and gets
 * solutions adopted, editors amend, agents apply solutions and comment, a reward
 * catalogue with stock, one redemption handed out and one waiting for an admin, a
 * category with a short review interval (so some scenarios are due), and searches that
 * found nothing (knowledge gaps). Each day is played on its date ({@link DemoHistory}),
 * after the catalogue's weekly imports, the last day today, so "this week" has points
 * too.
 * <p>
 * Off with {@code casebook.demo-activity=false}: the test suite keeps the plain demo
 * catalogue, imported today, its assertions were written against, and one test plays the
 * activity.
 */
@Component
class DemoActivity {

	private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

	/** How long before the first start the demo catalogue's first part was imported. */
	static final Duration HISTORY = Duration.ofDays(80);

	/**
	 * Weekly imports that bring the demo catalogue in, the last a few days before the
	 * activity.
	 */
	static final int IMPORT_RUNS = 6;

	/** How far apart the scenarios of the catalogue are dated when no activity plays. */
	static final Duration PLAIN_SPACING = Duration.ofDays(3);

	static final String COFFEE = "咖啡券 (Coffee voucher)";

	/** Searches an agent might type that no demo scenario answers. */
	static final List<String> UNANSWERED = List.of("视频客服 手语翻译", "海外来电 时差排班", "坐席 心理疏导 热线");

	private final boolean on;

	private final DemoHistory history;

	private final UserDetailsService accounts;

	private final ScenarioCatalogue catalogue;

	private final WikiAmendments amendments;

	private final ScenarioDrafting drafting;

	private final ScenarioReview review;

	private final SolutionAdoption adoption;

	private final ScenarioFeedback feedback;

	private final Rewards rewards;

	private final CategoryCuration categories;

	private final Taxonomy taxonomy;

	private final ScenarioSearch search;

	private final SearchLog searchLog;

	DemoActivity(@Value("${casebook.demo-activity:true}") boolean on, DemoHistory history, UserDetailsService accounts,
			ScenarioCatalogue catalogue, WikiAmendments amendments, ScenarioDrafting drafting, ScenarioReview review,
			SolutionAdoption adoption, ScenarioFeedback feedback, Rewards rewards, CategoryCuration categories,
			Taxonomy taxonomy, ScenarioSearch search, SearchLog searchLog) {
		this.on = on;
		this.history = history;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.amendments = amendments;
		this.drafting = drafting;
		this.review = review;
		this.adoption = adoption;
		this.feedback = feedback;
		this.rewards = rewards;
		this.categories = categories;
		this.taxonomy = taxonomy;
		this.search = search;
		this.searchLog = searchLog;
	}

	/**
	 * Runs the creation of the demo accounts: just before the history's first day when
	 * the activity plays (the audit log has them made before they contributed), today
	 * otherwise.
	 */
	void createAccounts(Runnable creating) {
		if (!this.on) {
			creating.run();
			return;
		}
		this.history.on(this.history.now().minus(HISTORY).minus(Duration.ofHours(1)), creating);
	}

	/**
	 * Runs the import of the demo catalogue's lines. When the activity plays, the
	 * catalogue grows in {@link #IMPORT_RUNS} weekly imports up to the activity's start
	 * (as a team moving its old wiki in would), each dated on its day with its revisions,
	 * points and audit entries, so the reports show the catalogue growing. Otherwise in
	 * one import today, its scenarios dated {@link #PLAIN_SPACING} apart (what the rest
	 * of the test suite's catalogue looks like).
	 */
	void importCatalogue(List<String> lines, BiConsumer<List<String>, Duration> importingWithSpacing) {
		if (!this.on) {
			importingWithSpacing.accept(lines, PLAIN_SPACING);
			return;
		}
		Instant first = this.history.now().minus(HISTORY);
		int perRun = (lines.size() + IMPORT_RUNS - 1) / IMPORT_RUNS;
		for (int run = 0; run * perRun < lines.size(); run++) {
			List<String> part = lines.subList(run * perRun, Math.min(lines.size(), (run + 1) * perRun));
			this.history.on(first.plus(Duration.ofDays(7L * run)),
					() -> importingWithSpacing.accept(part, Duration.ZERO));
		}
	}

	/** Plays the activity on the freshly imported demo catalogue. */
	void play() {
		if (!this.on) {
			return;
		}
		Instant now = this.history.now();
		People people = new People(person("reader"), person("manager"), person("manager2"), person("editor"),
				person("admin"));
		List<Long> scenarios = this.catalogue.published(new CatalogueQuery(null, null, 0, 12))
			.map(ScenarioRow::id)
			.toList();
		Activity day = new Activity(scenarios, people);

		this.history.on(daysAgo(now, 43, 5), () -> {
			rewardsCatalogue();
			shortReviewIntervalFor("客户投诉");
		});
		this.history.on(daysAgo(now, 41, 3),
				() -> day.solution(0, people.otherTeam(), "1. 高峰前一天在知识库置顶统一口径\n2. 班前会逐条演练三种常见追问\n3. 组长每小时抽听 5 通并当场纠偏",
						"同类来电平均处理时长从 6 分 10 秒降到 4 分 40 秒，升级投诉减少约三成"));
		this.history.on(daysAgo(now, 38, 6), () -> {
			day.apply(2, "按步骤处理后客户接受了方案");
			day.comment(2, "昨晚夜班遇到同样的情况，**第 2 步**很管用，建议补充短信模板。");
		});
		this.history.on(daysAgo(now, 36, 2), () -> day.solution(1, people.otherTeam(),
				"1. 把常见问题做成 IVR 自助播报\n2. 在短信里附上自助查询链接", "转人工率下降 12 个百分点，客户满意度持平"));
		this.history.on(daysAgo(now, 34, 4), () -> day.adoptLatest(0, "两个团队试用后效果最稳定"));
		this.history.on(daysAgo(now, 31, 1), () -> {
			day.apply(3, "客户情绪平复，没有再升级");
			unansweredSearch(0);
		});
		this.history.on(daysAgo(now, 28, 5),
				() -> day.amendFirstSolution(4, people.editor(), "\n\n> 补充：处理完毕后在工单里勾选“已安抚”标签，便于周报统计。", "补充工单标签"));
		AtomicLong written = new AtomicLong();
		this.history.on(daysAgo(now, 27, 4),
				() -> written.set(newScenario(people.otherTeam(), "排班与人力/突发话务高峰", "网络割接后宽带报障集中进线，IVR 排队超过 20 分钟",
						"凌晨网络割接延时，早上 8 点起宽带报障来电是平时的 3 倍，排队超过 20 分钟，大量客户重复拨打。",
						"1. IVR 首层插播割接说明和预计恢复时间\n2. 开通短信回拨登记，排队超过 5 分钟的客户自动登记\n3. 调用备岗坐席 2 小时",
						"重复来电减少一半，排队在 1 小时内回到 3 分钟以内")));
		this.history.on(daysAgo(now, 26, 1), () -> this.review.publish(written.get(), people.editor()));
		this.history.on(daysAgo(now, 24, 2), () -> day.solution(4, people.manager(),
				"1. 先用一句话复述客户诉求，再给出两个可选方案\n2. 方案写进短信发给客户，避免口头承诺走样", "复述后客户二次来电减少约四成"));
		this.history.on(daysAgo(now, 21, 6), () -> {
			day.apply(4, "复述诉求这一步让客户明显平静下来");
			day.comment(4, "建议把两个可选方案做成话术卡片。");
			redeemAndHandOut(people.otherTeam(), people.admin());
		});
		this.history.on(daysAgo(now, 17, 3), () -> {
			day.adoptLatest(4, "电商零售组两周试用，二次来电下降明显");
			unansweredSearch(1);
		});
		this.history.on(daysAgo(now, 14, 4), () -> day.solution(6, people.otherTeam(),
				"1. 话务预测按小时拆分，叠加营销日历\n2. 预留 10% 弹性班次由组长当天调用", "预测误差从 18% 降到 9%"));
		this.history.on(daysAgo(now, 10, 2), () -> {
			day.amendFirstSolution(6, people.manager(), "\n\n> 补充：营销日历由运营每周一更新。", "说明营销日历来源");
			day.apply(5, "第一次用，效果不错");
		});
		this.history.on(daysAgo(now, 7, 5), () -> {
			day.solution(7, people.manager(), "1. 交接班前 10 分钟在群里发未结工单清单\n2. 接班组长逐条确认并回复“已接”", "漏跟进工单从每周 9 单降到 1 单");
			day.comment(6, "电信运营商组也在用这个办法，效果一样。");
		});
		this.history.on(daysAgo(now, 4, 3), () -> {
			day.adoptLatest(6, "预测误差减半，排班组确认");
			day.apply(6, "按小时拆分后排班更准了");
			unansweredSearch(2);
		});
		this.history.on(daysAgo(now, 2, 6),
				() -> day.amendFirstSolution(2, people.editor(), "\n\n> 补充：夜班可直接使用短信模板 B。", "补充夜班短信模板"));
		this.history.on(daysAgo(now, 1, 3),
				() -> newScenario(people.manager(), "客户投诉/赔偿与补偿", "物流延误超过承诺时效，客户要求按规则赔付",
						"快递站点爆仓，约 300 单超过承诺送达时间 48 小时以上，客户来电要求按“延误必赔”规则赔付。",
						"1. 在系统里批量核对延误订单，符合规则的主动发放 10 元券\n2. 坐席告知赔付已到账，并给出新的预计送达时间", "主动赔付后相关投诉下降约六成"));
		// today, at the real time: this week's and this month's leaderboards have points
		this.history.on(now, () -> {
			day.solution(8, people.otherTeam(), "1. 新人前两周只接一类来电\n2. 每天下班前 15 分钟与带教复盘三通录音", "新人独立上岗时间从 4 周缩短到 3 周");
			day.adoptLatest(7, "交接班漏单明显减少");
			day.apply(7, "今天交接班照做，没有漏单");
			this.rewards.redeem(people.manager().getId(), coffee());
		});
		log.info("Demo mode: played six weeks of activity up to today (scenarios, solutions, adoptions, amendments, "
				+ "applications, rewards, searches)");
	}

	private void rewardsCatalogue() {
		this.rewards.create(COFFEE, "楼下咖啡店任选一杯", 30, 40);
		this.rewards.create("培训课程 (Training course)", "外部客户体验课程一门", 120, 5);
		this.rewards.create("半天调休 (Half day off)", "与排班组长确认后使用", 200, 3);
	}

	private void redeemAndHandOut(CurrentUser who, CurrentUser admin) {
		long redemption = this.rewards.redeem(who.getId(), coffee());
		this.rewards.fulfil(redemption, admin.getId());
	}

	/** A scenario written by {@code author} and submitted for review; returns its id. */
	private long newScenario(CurrentUser author, String categoryPath, String title, String situation, String actions,
			String effect) {
		ScenarioContent content = ScenarioContent.builder()
			.title(title)
			.situation(situation)
			.categoryId(this.taxonomy.categoryForPath(categoryPath))
			.frequency(Frequency.MONTHLY)
			.severity(Severity.HIGH)
			.build();
		long id = this.drafting.createDraft(author, content, SolutionContent.of(actions, effect));
		this.drafting.submit(id, author);
		return id;
	}

	private long coffee() {
		return this.rewards.catalogue(true)
			.stream()
			.filter(reward -> reward.name().equals(COFFEE))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private void shortReviewIntervalFor(String categoryPath) {
		this.categories.setReviewInterval(this.taxonomy.categoryForPath(categoryPath), 30);
	}

	/** Three agents searched for it on the day, and found nothing. */
	private void unansweredSearch(int which) {
		String query = UNANSWERED.get(which);
		long found = this.search.search(query, 0, 1).total();
		for (int i = 0; i < 3; i++) {
			this.searchLog.record(query, found, false, Role.READER, SearchLog.Source.PAGE);
		}
		this.searchLog.flush();
	}

	private static Instant daysAgo(Instant now, int days, int hoursEarlier) {
		return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(hoursEarlier));
	}

	private CurrentUser person(String username) {
		return (CurrentUser) this.accounts.loadUserByUsername(username);
	}

	private record People(CurrentUser reader, CurrentUser manager, CurrentUser otherTeam, CurrentUser editor,
			CurrentUser admin) {
	}

	/** The things people do, on the demo's scenarios by their place in the catalogue. */
	private final class Activity {

		private final List<Long> scenarios;

		private final People people;

		Activity(List<Long> scenarios, People people) {
			this.scenarios = scenarios;
			this.people = people;
		}

		void solution(int scenario, CurrentUser author, String actions, String effect) {
			DemoActivity.this.amendments.addSolution(this.scenarios.get(scenario), author,
					SolutionContent.of(actions, effect));
		}

		/** The editor adopts the solution added last. */
		void adoptLatest(int scenario, String note) {
			long id = this.scenarios.get(scenario);
			List<Solution> added = find(id).getSolutionsInOrderAdded();
			DemoActivity.this.adoption.adopt(id, added.get(added.size() - 1).getId(), this.people.editor(), note);
		}

		void amendFirstSolution(int scenario, CurrentUser editor, String addedText, String summary) {
			long id = this.scenarios.get(scenario);
			Solution solution = find(id).getSolutions().get(0);
			SolutionContent content = solution.content();
			DemoActivity.this.amendments.amendSolution(id, solution.getId(), editor,
					new SolutionContent(content.actions() + addedText, content.effect(), content.prevention()),
					solution.getRevisionNumber(), summary);
		}

		/** The reader applied the scenario's first solution. */
		void apply(int scenario, String outcome) {
			long id = this.scenarios.get(scenario);
			Solution solution = find(id).getSolutions().get(0);
			DemoActivity.this.feedback.applied(id, solution.getId(), this.people.reader(), "工单 " + (20_260_000 + id),
					outcome);
		}

		void comment(int scenario, String body) {
			DemoActivity.this.feedback.comment(this.scenarios.get(scenario), this.people.reader(), body);
		}

		private Scenario find(long id) {
			return DemoActivity.this.catalogue.find(id).orElseThrow();
		}

	}

}
