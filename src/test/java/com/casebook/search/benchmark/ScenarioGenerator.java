package com.casebook.search.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic contact-centre scenarios in bulk, built from the vocabulary of the demo
 * catalogue: an event, a channel, a problem and its consequences, numbers, and one to
 * three solutions. About one in ten is in English. Seeded, so every run indexes the same
 * catalogue.
 */
public final class ScenarioGenerator {

	public record Generated(String title, String situation, String status, String frequency, String severity,
			List<String[]> solutions, int tagCount) {
	}

	private static final String[] EVENTS = { "大促", "双十一", "春节", "新品上线", "系统升级", "台风", "资费调整", "月底还款日", "航班延误", "政策变更",
			"周一早高峰", "晚高峰", "节假日", "618", "开学季", "暴雨", "服务器迁移", "版本发布" };

	private static final String[] CHANNELS = { "电话", "在线客服", "微信", "邮件", "App", "短信", "视频客服", "社交媒体" };

	private static final String[] PROBLEMS = { "缺货", "退款延迟", "物流延迟", "账单错误", "信用卡盗刷", "排队过长", "IVR 误转接", "系统宕机",
			"CRM 无法登录", "补偿标准不一", "投诉升级", "坐席流失", "排班缺口", "质检争议", "话术不规范", "重复来电", "回拨未兑现", "知识库过时", "机器人转人工失败",
			"交接班遗漏", "理赔进度查询积压", "新人首次解决率低" };

	private static final String[] FEELINGS = { "情绪激动", "要求赔偿", "扬言投诉到监管", "反复催促", "要求经理接听", "在社交媒体发帖", "辱骂坐席",
			"要求立即退款" };

	private static final String[] KPIS = { "服务水平", "放弃率", "平均处理时长", "首次解决率", "客户满意度", "占用率", "转接率" };

	private static final String[] ACTIONS = { "在 IVR 首层插播说明，引导客户使用自助查询", "抽调资深坐席组成升级专席", "统一补偿口径并写入知识库置顶",
			"每 30 分钟在现场群同步进度", "开放回拨预约，高峰后集中外呼", "临时延长班次并安排加班餐", "组长现场巡场，实时解答疑难问题", "上线短信通知，减少重复来电", "对升级投诉逐一回访并记录原因",
			"与业务部门建立热线直通群", "调整排班，把午休错峰安排", "更新质检标准并组织校准会", "为新人安排一对一带教", "把常见问题做成一页纸速查卡" };

	private static final String[] EFFECTS = { "放弃率从 {a}% 降到 {b}%", "进线量下降约 {a}%", "客户满意度回升到 {b}%", "升级投诉减少 {a}%",
			"平均处理时长缩短 {a} 秒", "首次解决率提升 {a} 个百分点" };

	private static final String[] EN_EVENTS = { "holiday season", "product launch", "system outage", "storm",
			"billing change", "peak Monday", "flight delays", "shipping delay" };

	private static final String[] EN_PROBLEMS = { "agent attrition", "chat backlog", "refund delays",
			"compensation claims", "long hold times", "repeat calls", "QA score disputes", "IVR misrouting" };

	private static final String[] EN_ACTIONS = { "Added a callback option in the IVR", "Set up an escalation desk",
			"Published one script for compensation", "Ran a calibration session with QA",
			"Moved lunch breaks to off-peak", "Paired new hires with a buddy" };

	private final Random random;

	public ScenarioGenerator(long seed) {
		this.random = new Random(seed);
	}

	public Generated next() {
		int solutionCount = 1 + this.random.nextInt(3);
		String status = pickStatus();
		String frequency = pick(new String[] { "RARE", "MONTHLY", "WEEKLY", "DAILY" });
		String severity = pick(new String[] { "LOW", "MEDIUM", "HIGH", "CRITICAL" });
		int tags = 1 + this.random.nextInt(4);
		if (this.random.nextInt(10) == 0) {
			return english(status, frequency, severity, solutionCount, tags);
		}
		String event = pick(EVENTS);
		String channel = pick(CHANNELS);
		String problem = pick(PROBLEMS);
		String title = event + "期间" + problem + "，" + channel + "进线激增";
		String situation = event + "当天 " + (1 + this.random.nextInt(12)) + " 点起，" + channel + "渠道因" + problem
				+ "进线量达到平时的 " + (2 + this.random.nextInt(4)) + "." + this.random.nextInt(10) + " 倍，排队峰值 "
				+ (100 + this.random.nextInt(900)) + " 通。\n\n- 在岗坐席 " + (20 + this.random.nextInt(80)) + " 人，很多客户"
				+ pick(FEELINGS) + "\n- " + pick(KPIS) + "跌破目标，" + pick(KPIS) + "明显恶化\n\n" + problem
				+ "的信息没有提前同步给一线，坐席只能临时解释。";
		List<String[]> solutions = new ArrayList<>();
		for (int i = 0; i < solutionCount; i++) {
			StringBuilder actions = new StringBuilder();
			int steps = 2 + this.random.nextInt(4);
			for (int step = 1; step <= steps; step++) {
				actions.append(step).append(". ").append(pick(ACTIONS)).append('\n');
			}
			String effect = pick(EFFECTS).replace("{a}", String.valueOf(5 + this.random.nextInt(40)))
				.replace("{b}", String.valueOf(50 + this.random.nextInt(45)));
			solutions.add(new String[] { actions.toString(), effect,
					this.random.nextBoolean() ? "提前与业务部门约定" + problem + "的预警阈值" : null });
		}
		return new Generated(title, situation, status, frequency, severity, solutions, tags);
	}

	private Generated english(String status, String frequency, String severity, int solutionCount, int tags) {
		String event = pick(EN_EVENTS);
		String problem = pick(EN_PROBLEMS);
		String title = capitalize(problem) + " after the " + event;
		String situation = "After the " + event + ", " + problem + " grew for " + (2 + this.random.nextInt(6))
				+ " weeks. Service level dropped to " + (40 + this.random.nextInt(40)) + "% and customers complained.";
		List<String[]> solutions = new ArrayList<>();
		for (int i = 0; i < solutionCount; i++) {
			solutions.add(new String[] { "1. " + pick(EN_ACTIONS) + "\n2. " + pick(EN_ACTIONS),
					"Service level recovered to " + (70 + this.random.nextInt(25)) + "% within a week.", null });
		}
		return new Generated(title, situation, status, frequency, severity, solutions, tags);
	}

	/** Most of a mature catalogue is published; some drafts and archived pages remain. */
	private String pickStatus() {
		int roll = this.random.nextInt(100);
		return roll < 90 ? "PUBLISHED" : roll < 95 ? "DRAFT" : roll < 98 ? "SUBMITTED" : "ARCHIVED";
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
