package com.casebook.search.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.Solution;

/**
 * The text a scenario is embedded from, and its hash: the title, the situation and what
 * its solutions do, in the order they were added (so adopting another solution, which
 * reorders the page, changes nothing here).
 */
record ScenarioText(long scenarioId, String text, String hash) {

	static ScenarioText of(Scenario scenario) {
		StringBuilder text = new StringBuilder(scenario.getTitle()).append('\n')
			.append(nonNull(scenario.getSituation()));
		for (Solution solution : scenario.getSolutionsInOrderAdded()) {
			text.append('\n').append(nonNull(solution.getActions()));
		}
		String value = text.toString();
		return new ScenarioText(scenario.getId(), value, hash(value));
	}

	static String hash(String text) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
