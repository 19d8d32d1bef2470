package com.casebook.search.semantic;

import java.sql.Array;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The stored embeddings ({@code scenario_embedding}): one per scenario, with the model
 * that computed it and the hash of the text it was computed from. Only a vector of the
 * current model and the current text is ever used.
 */
@Component
class EmbeddingStore {

	private final JdbcTemplate jdbc;

	EmbeddingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored vector of this text, or null when there is none yet. */
	float[] vector(long scenarioId, String textHash) {
		List<float[]> found = this.jdbc.query(
				"select vector from scenario_embedding where scenario_id = ? and model = ? and text_hash = ?",
				(rs, row) -> toFloats(rs.getArray(1)), scenarioId, TextEmbedding.MODEL, textHash);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * The scenario's stored vector of the current model, whatever text it was computed
	 * from (after an edit, until the new one is stored, the old text's meaning is close
	 * enough to find its neighbours); null when it has none.
	 */
	float[] vector(long scenarioId) {
		List<float[]> found = this.jdbc.query(
				"select vector from scenario_embedding where scenario_id = ? and model = ?",
				(rs, row) -> toFloats(rs.getArray(1)), scenarioId, TextEmbedding.MODEL);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Scenario id to the hash of the text its current-model vector was computed from. */
	Map<Long, String> hashes() {
		Map<Long, String> hashes = new HashMap<>();
		this.jdbc.query("select scenario_id, text_hash from scenario_embedding where model = ?",
				(RowCallbackHandler) rs -> hashes.put(rs.getLong(1), rs.getString(2)), TextEmbedding.MODEL);
		return hashes;
	}

	/** The same for some scenarios. */
	Map<Long, String> hashes(List<Long> scenarioIds) {
		Map<Long, String> hashes = new HashMap<>();
		this.jdbc.query(
				"select scenario_id, text_hash from scenario_embedding where model = ? and scenario_id = any (?)",
				(RowCallbackHandler) rs -> hashes.put(rs.getLong(1), rs.getString(2)), TextEmbedding.MODEL,
				scenarioIds.toArray(Long[]::new));
		return hashes;
	}

	void save(long scenarioId, String textHash, float[] vector) {
		this.jdbc.update("""
				insert into scenario_embedding (scenario_id, model, text_hash, vector, computed_at)
				values (?, ?, ?, ?, now())
				on conflict (scenario_id) do update set model = excluded.model, text_hash = excluded.text_hash,
				vector = excluded.vector, computed_at = excluded.computed_at
				""", ps -> {
			ps.setLong(1, scenarioId);
			ps.setString(2, TextEmbedding.MODEL);
			ps.setString(3, textHash);
			Float[] boxed = new Float[vector.length];
			for (int i = 0; i < vector.length; i++) {
				boxed[i] = vector[i];
			}
			ps.setArray(4, ps.getConnection().createArrayOf("float4", boxed));
		});
	}

	long countCurrent() {
		Long count = this.jdbc.queryForObject("select count(*) from scenario_embedding where model = ?", Long.class,
				TextEmbedding.MODEL);
		return count == null ? 0 : count;
	}

	private static float[] toFloats(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		float[] vector = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			vector[i] = ((Number) values[i]).floatValue();
		}
		return vector;
	}

}
