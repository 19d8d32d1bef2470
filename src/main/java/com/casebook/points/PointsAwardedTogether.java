package com.casebook.points;

import java.util.List;

/**
 * Points written to ledgers together, by a bulk import's chunk of lines, announced once:
 * one announcement per award made a thousand-line import queue thousands of notification
 * transactions, each waiting for the same person's turn. Each award is as
 * {@link PointsAwarded} would have told it.
 */
public record PointsAwardedTogether(List<PointsAwarded> awards) {

	public PointsAwardedTogether {
		awards = List.copyOf(awards);
	}

}
