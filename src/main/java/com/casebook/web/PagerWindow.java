package com.casebook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The pages a pager links to ({@code @pager} in templates): the first and the last, and
 * two either side of the current one, with a gap where pages are left out. Worked out
 * here rather than by looping over every page in the template: on 100,000 scenarios the
 * catalogue has 4,500 pages, and evaluating the pager's conditions for each of them was
 * most of the page's time.
 */
@Component("pager")
public class PagerWindow {

	/** Stands for the pages left out between two linked ones. */
	public static final int GAP = -1;

	private static final int AROUND = 2;

	/** Page indexes (from 0) in order, with {@link #GAP} between non-adjacent ones. */
	public List<Integer> pages(int current, int totalPages) {
		TreeSet<Integer> shown = new TreeSet<>();
		if (totalPages <= 0) {
			return List.of();
		}
		shown.add(0);
		shown.add(totalPages - 1);
		for (int n = Math.max(0, current - AROUND); n <= Math.min(totalPages - 1, current + AROUND); n++) {
			shown.add(n);
		}
		List<Integer> pages = new ArrayList<>();
		Integer previous = null;
		for (Integer n : shown) {
			if (previous != null && n > previous + 1) {
				pages.add(GAP);
			}
			pages.add(n);
			previous = n;
		}
		return pages;
	}

}
