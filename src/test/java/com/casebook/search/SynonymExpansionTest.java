package com.casebook.search;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymExpansionTest {

	private static QuerySynonym synonym(String phrase, String replacement, boolean twoWay) {
		return new QuerySynonym(1, phrase, replacement, twoWay, 1, Instant.EPOCH);
	}

	@Test
	void aChinesePhraseIsReplacedWhereverItStandsAndTheQueryComesFirst() {
		SynonymExpansion expansion = new SynonymExpansion(List.of(synonym("退钱", "退款", false)));
		assertThat(expansion.alternatives("客户要退钱 投诉")).containsExactly("客户要退钱 投诉", "客户要 退款 投诉");
	}

	@Test
	void aQueryNoSynonymAppliesToStaysAlone() {
		SynonymExpansion expansion = new SynonymExpansion(List.of(synonym("退钱", "退款", false)));
		assertThat(expansion.alternatives("排班 预测")).containsExactly("排班 预测");
		assertThat(SynonymExpansion.NONE.alternatives("退钱")).containsExactly("退钱");
	}

	@Test
	void oneWayAppliesFromThePhraseOnlyAndTwoWayBothWays() {
		SynonymExpansion oneWay = new SynonymExpansion(List.of(synonym("当机", "宕机", false)));
		assertThat(oneWay.alternatives("宕机")).containsExactly("宕机");
		SynonymExpansion twoWay = new SynonymExpansion(List.of(synonym("当机", "宕机", true)));
		assertThat(twoWay.alternatives("宕机")).containsExactly("宕机", "当机");
		assertThat(twoWay.alternatives("当机")).containsExactly("当机", "宕机");
	}

	@Test
	void traditionalScriptAndCapitalsAreFoldedBeforeMatching() {
		SynonymExpansion expansion = new SynonymExpansion(
				List.of(synonym("当机", "宕机", false), synonym("ivr", "语音导航", false)));
		assertThat(expansion.alternatives("系統當機")).containsExactly("系統當機", "系统 宕机");
		assertThat(expansion.alternatives("ＩＶＲ 菜单")).containsExactly("ＩＶＲ 菜单", "语音导航 菜单");
	}

	@Test
	void aLatinPhraseMatchesWholeWordsOnly() {
		SynonymExpansion expansion = new SynonymExpansion(List.of(synonym("ai", "机器人", false)));
		assertThat(expansion.alternatives("email backlog")).containsExactly("email backlog");
		assertThat(expansion.alternatives("ai 转人工")).containsExactly("ai 转人工", "机器人 转人工");
		assertThat(expansion.alternatives("ai转人工")).containsExactly("ai转人工", "机器人 转人工");
	}

	@Test
	void anExcludedPhraseStaysExcluded() {
		SynonymExpansion expansion = new SynonymExpansion(List.of(synonym("退钱", "退款", false)));
		assertThat(expansion.alternatives("投诉 -退钱")).containsExactly("投诉 -退钱");
	}

	@Test
	void theLongestPhraseWinsAndSeveralSynonymsCombineWithinTheLimit() {
		SynonymExpansion expansion = new SynonymExpansion(
				List.of(synonym("晚到", "延迟", false), synonym("快递晚到", "物流延迟", false), synonym("赔钱", "赔偿", false)));
		List<String> alternatives = expansion.alternatives("快递晚到 赔钱");
		assertThat(alternatives).first().isEqualTo("快递晚到 赔钱");
		assertThat(alternatives).contains("物流延迟 赔钱", "快递 延迟 赔钱", "物流延迟 赔偿")
			.hasSizeLessThanOrEqualTo(SynonymExpansion.MAX_ALTERNATIVES);
	}

}
