package com.casebook.search.relevance;

import com.casebook.search.LuceneIndex;
import com.casebook.search.analysis.AnalyzerNames;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same judged queries with Lucene's plain StandardAnalyzer in place of Casebook's
 * analysis: the baseline that docs/search.md compares against. Nothing is asserted about
 * the numbers, which only matter next to {@link SearchRelevanceTest}'s.
 */
// a mock web environment, not NONE: the security configuration needs a web application
@SpringBootTest(properties = { "casebook.data-dir=target/test-data/relevance-standard", "casebook.db.fresh=true",
		"casebook.search.analysis=standard" })
@ActiveProfiles("test")
class StandardAnalyzerRelevanceTest extends RelevanceMeasurement {

	@Override
	String configurationName() {
		return "standard";
	}

	@Test
	void measuresEveryJudgedQueryWithPlainStandardAnalysis() {
		Measurement measurement = measurement();
		assertThat(measurement.results()).hasSize(JudgedQuery.all().size());
		assertThat(measurement.meanNdcg()).isBetween(0.0, 1.0);
	}

	@Autowired
	LuceneIndex index;

	@Test
	void theSwitchReallyReplacesTheAnalysis() {
		for (String name : new String[] { AnalyzerNames.CHINESE, AnalyzerNames.CJK_BIGRAM, AnalyzerNames.ENGLISH }) {
			assertThat(this.index.analyzer(name)).as(name).isInstanceOf(StandardAnalyzer.class);
		}
	}

}
