package com.casebook.taxonomy.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.TagView;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagListingTest {

	private static final TagView PEAK = new TagView(1, new LocalizedName("大促", "sales peak"), null, "业务事件",
			TagStatus.ACTIVE, Set.of("双十一"), null);

	private static final TagView OVERTIME = new TagView(2, new LocalizedName("加班", "overtime"), null, "团队与人力",
			TagStatus.ACTIVE, Set.of("extra shifts"), null);

	private static final TagView NIGHT = new TagView(3, new LocalizedName("夜班", null), null, "团队与人力",
			TagStatus.PROPOSED, Set.of(), null);

	private static final List<TagView> ALL = List.of(PEAK, OVERTIME, NIGHT);

	private static final Map<Long, Long> USAGE = Map.of(1L, 2L, 2L, 7L);

	@Test
	void typedTextFindsATagByAnyNameSynonymOrGroup() {
		assertThat(ids(new TagListing("双十一", null, null, null))).containsExactly(1L);
		assertThat(ids(new TagListing("Extra", null, null, null))).containsExactly(2L);
		assertThat(ids(new TagListing("人力", null, null, null))).containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	void groupAndStatusNarrowTheList() {
		assertThat(ids(new TagListing(null, "团队与人力", TagStatus.ACTIVE, null))).containsExactly(2L);
		assertThat(ids(new TagListing(" ", " ", TagStatus.PROPOSED, null))).containsExactly(3L);
		assertThat(new TagListing(" ", "", null, null).isFiltered()).isFalse();
	}

	@Test
	void mostUsedComeFirstAndUnusedOnesLast() {
		assertThat(ids(new TagListing(null, null, null, TagListing.Sort.USAGE))).containsExactly(2L, 1L, 3L);
	}

	@Test
	void namesSortInTheReadersLanguage() {
		List<Long> english = new TagListing(null, null, null, TagListing.Sort.NAME).apply(ALL, USAGE, Locale.ENGLISH)
			.stream()
			.map(TagView::id)
			.toList();
		// overtime, sales peak, then the tag that has only a Chinese name
		assertThat(english).containsExactly(2L, 1L, 3L);
	}

	private static List<Long> ids(TagListing listing) {
		return listing.apply(ALL, USAGE, Locale.SIMPLIFIED_CHINESE).stream().map(TagView::id).toList();
	}

}
