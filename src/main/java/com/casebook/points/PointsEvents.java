package com.casebook.points;

import java.util.Map;

/**
 * Admin actions on points and rewards, as other modules (audit, notifications) see them.
 */
public final class PointsEvents {

	private PointsEvents() {
	}

	/**
	 * An admin added a reward ({@code before} empty) or changed one; the maps hold its
	 * fields.
	 */
	public record RewardSaved(long rewardId, Map<String, Object> before, Map<String, Object> after) {
	}

	/**
	 * An admin fulfilled a redemption or rejected it ({@code fulfilled} false, with an
	 * optional note; the points went back to {@code userId}).
	 */
	public record RedemptionDecided(long redemptionId, long userId, long rewardId, String rewardName, int cost,
			boolean fulfilled, long adminId, String note) {
	}

	/** An admin changed what a rule is worth, from then on. */
	public record PointRuleChanged(String code, int before, int after, long adminId) {
	}

}
