package com.casebook.points;

/** Points were written to someone's ledger for a contribution (not for a redemption). */
public record PointsAwarded(long userId, int amount, PointReason reason, Long scenarioId) {
}
