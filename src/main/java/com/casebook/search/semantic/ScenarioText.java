package com.casebook.search.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One text a scenario is embedded from (see {@link ScenarioTexts}), and its hash.
 */
record ScenarioText(long scenarioId, VectorKind kind, String text, String hash) {

	static ScenarioText of(long scenarioId, VectorKind kind, String text) {
		return new ScenarioText(scenarioId, kind, text, hash(text));
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

}
