/**
 * Contribution points: the rules an admin sets, the append-only ledger of entries awarded
 * for contributions (and reversed when their cause is undone), balances, the profile and
 * leaderboard pages, and the reward catalogue with redemptions.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "database", "scenario", "merge", "revision", "user" })
package com.casebook.points;
