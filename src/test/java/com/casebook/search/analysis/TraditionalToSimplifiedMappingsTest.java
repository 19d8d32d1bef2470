package com.casebook.search.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping char filter OpenSearch folds Traditional script with is generated from the
 * same ICU rules the embedded analysis applies.
 */
class TraditionalToSimplifiedMappingsTest {

	private final List<String> mappings = TraditionalToSimplifiedMappings.generate();

	@Test
	void everyTraditionalCharacterIcuChangesIsMapped() {
		assertThat(this.mappings).contains("訓 => 训", "貨 => 货", "單 => 单").hasSizeGreaterThan(2000);
	}

	@Test
	void simplifiedCharactersAreLeftAlone() {
		assertThat(this.mappings).noneMatch(line -> line.startsWith("训 ") || line.startsWith("货 "));
	}

	@Test
	void icuPhrasesThatFoldOtherwiseThanCharacterByCharacterAreKept() {
		// 乾 alone becomes 干, but ICU keeps it in 乾坤
		assertThat(this.mappings).contains("乾坤 => 乾坤");
	}

	@Test
	void everyLineIsAMappingOpenSearchAccepts() {
		assertThat(this.mappings).allMatch(line -> line.matches("\\S+ => \\S+"));
	}

}
