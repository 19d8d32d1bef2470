package com.casebook.web;

import org.junit.jupiter.api.Test;

import static com.casebook.web.PagerWindow.GAP;
import static org.assertj.core.api.Assertions.assertThat;

class PagerWindowTest {

	private final PagerWindow pager = new PagerWindow();

	@Test
	void aShortListLinksEveryPage() {
		assertThat(this.pager.pages(0, 1)).containsExactly(0);
		assertThat(this.pager.pages(2, 5)).containsExactly(0, 1, 2, 3, 4);
		assertThat(this.pager.pages(0, 0)).isEmpty();
	}

	@Test
	void aLongListLinksTheEndsAndTwoPagesEitherSideOfTheCurrentOneWithGapsBetween() {
		assertThat(this.pager.pages(0, 4501)).containsExactly(0, 1, 2, GAP, 4500);
		assertThat(this.pager.pages(3, 4501)).containsExactly(0, 1, 2, 3, 4, 5, GAP, 4500);
		assertThat(this.pager.pages(4, 4501)).containsExactly(0, GAP, 2, 3, 4, 5, 6, GAP, 4500);
		assertThat(this.pager.pages(2000, 4501)).containsExactly(0, GAP, 1998, 1999, 2000, 2001, 2002, GAP, 4500);
		assertThat(this.pager.pages(4496, 4501)).containsExactly(0, GAP, 4494, 4495, 4496, 4497, 4498, GAP, 4500);
		assertThat(this.pager.pages(4497, 4501)).containsExactly(0, GAP, 4495, 4496, 4497, 4498, 4499, 4500);
		assertThat(this.pager.pages(4500, 4501)).containsExactly(0, GAP, 4498, 4499, 4500);
	}

}
