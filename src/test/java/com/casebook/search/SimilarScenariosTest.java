package com.casebook.search;

import java.util.ArrayList;
import java.util.List;

import com.casebook.CasebookIntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Is this already in the catalogue?": paraphrases of demo situations, written the way
 * another manager would describe the same event, find the original; unrelated texts find
 * nothing.
 */
@CasebookIntegrationTest
class SimilarScenariosTest {

	@Autowired
	SimilarScenarios similar;

	@Autowired
	MockMvc mvc;

	@Test
	void aParaphraseOfAnOutOfStockSituationFindsThatScenarioFirst() {
		List<SimilarScenario> hits = this.similar.similarTo("双十一爆款断货，电话打爆了", "大促开始后热销耳机卖空了，很多订单被取消，顾客纷纷打进热线投诉，要求补发",
				null, 5);
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0).title()).contains("缺货");
	}

	@Test
	void aParaphraseOfAnIvrMisroutingSituationFindsThatScenarioFirst() {
		List<SimilarScenario> hits = this.similar.similarTo("语音导航改版以后转错技能组的电话变多", "新 IVR 菜单上线，客户按键后经常被转到错误的队列，坐席只好再转接",
				null, 5);
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0).title()).contains("IVR");
	}

	@Test
	void anEnglishParaphraseFindsTheEnglishScenario() {
		List<SimilarScenario> hits = this.similar.similarTo("Agents quitting after peak season",
				"Several agents resigned in January after the holiday overtime; attrition is hurting the team", null,
				5);
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0).title()).containsIgnoringCase("attrition");
	}

	@Test
	void anUnrelatedTextFindsNothing() {
		assertThat(this.similar.similarTo("公司年会节目报名", "年会定在十二月中旬，各部门请在周五前报名表演节目", null, 5)).isEmpty();
		assertThat(this.similar.similarTo("Office party sign-up", "Teams sign up for the December party by Friday",
				null, 5))
			.isEmpty();
	}

	@Test
	void aTextOnAnotherSubjectFindsNothingEvenWhenItSharesAFewWords() {
		assertThat(this.similar.similarTo("食堂午餐菜单调整", "下周起食堂增加一个面食窗口，欢迎大家提意见", null, 5)).isEmpty();
	}

	@Test
	void wordsCommonToMostOfASmallCatalogueOrToThousandsOfScenariosAreNotCompared() {
		assertThat(SimilarScenarios.maxDocFreq(40)).isEqualTo(16);
		assertThat(SimilarScenarios.maxDocFreq(2_500)).isEqualTo(1_000);
		assertThat(SimilarScenarios.maxDocFreq(100_000)).isEqualTo(1_000);
	}

	@Test
	void onlyHitsThatStandOutFromTheRestAreSimilar() {
		assertThat(SimilarScenarios.standingOut(hits(0.45f, 0.14f, 0.13f), 10, 5)).hasSize(1);
		assertThat(SimilarScenarios.standingOut(hits(0.40f, 0.38f, 0.10f, 0.09f), 10, 5)).hasSize(2);
		assertThat(SimilarScenarios.standingOut(hits(0.18f, 0.17f, 0.17f, 0.10f), 10, 5)).isEmpty();
		assertThat(SimilarScenarios.standingOut(hits(0.30f), 10, 5)).hasSize(1);
		assertThat(SimilarScenarios.standingOut(hits(0.30f, 0.30f), 2, 5)).isEmpty();
		assertThat(SimilarScenarios.standingOut(hits(0.05f), 10, 5)).isEmpty();
	}

	private static List<SimilarScenario> hits(float... scores) {
		List<SimilarScenario> hits = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			hits.add(new SimilarScenario(i, "s" + i, scores[i]));
		}
		return hits;
	}

	@Test
	void theScenarioBeingEditedIsNotSimilarToItself() {
		List<SimilarScenario> first = this.similar.similarTo("IVR 菜单改版后误转接激增", "IVR 菜单改版后误转接激增", null, 5);
		long itself = first.get(0).id();
		assertThat(this.similar.similarTo("IVR 菜单改版后误转接激增", "IVR 菜单改版后误转接激增", itself, 5))
			.extracting(SimilarScenario::id)
			.doesNotContain(itself);
	}

	@Test
	void theApiReturnsHitsWithLinksAndScores() throws Exception {
		this.mvc
			.perform(post("/api/scenarios/similar").with(httpBasic("manager", "demo"))
				.contentType("application/json")
				.content("{\"title\": \"大促断货 来电暴增\", \"situation\": \"促销爆款卖光了，客户打电话投诉订单被取消\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].title").value(Matchers.containsString("缺货")))
			.andExpect(jsonPath("$.hits[0].url").value(Matchers.startsWith("/scenarios/")))
			.andExpect(jsonPath("$.hits[0].score").isNumber());
	}

}
