package com.casebook.points;

/**
 * Why points were written to the ledger. All but the last two are rules whose amount an
 * admin sets; the redemption reasons move points out of and back into a balance.
 */
public enum PointReason {

	SCENARIO_PUBLISHED, SOLUTION_ADDED, SOLUTION_ADOPTED, AMENDMENT, DUPLICATE_FLAG_CONFIRMED, APPLIED_RECEIVED,
	FIRST_CONTRIBUTION, EFFECT_CONFIRMED, REDEMPTION, REDEMPTION_RETURNED;

	/** Earned by contributing, as opposed to spent on or returned from a reward. */
	public boolean isEarned() {
		return this != REDEMPTION && this != REDEMPTION_RETURNED;
	}

	public boolean isRule() {
		return isEarned();
	}

}
