package com.casebook.search.semantic;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The stored embeddings ({@code scenario_embedding}): one per scenario and
 * {@link VectorKind}, with the model that computed it and the hash of the text it was
 * computed from. Only a vector of the current model and the current text is ever used.
 */
@Component
class EmbeddingStore {

	private final JdbcTemplate jdbc;

	EmbeddingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored vector and the hash of the text it was computed from. */
	record Stored(String textHash, float[] vector) {
	}

	/** The scenario's stored vectors of the current model, by kind (one query). */
	Map<VectorKind, Stored> stored(long scenarioId) {
		Map<VectorKind, Stored> stored = new EnumMap<>(VectorKind.class);
		this.jdbc.query("select kind, text_hash, vector from scenario_embedding where scenario_id = ? and model = ?",
				(RowCallbackHandler) rs -> stored.put(VectorKind.of(rs.getString(1)),
						new Stored(rs.getString(2), toFloats(rs.getArray(3)))),
				scenarioId, TextEmbedding.MODEL);
		return stored;
	}

	/**
	 * The same for several scenarios in one query (what a mass index asks for a batch); a
	 * scenario without any stored vector is missing.
	 */
	Map<Long, Map<VectorKind, Stored>> stored(Collection<Long> scenarioIds) {
		Map<Long, Map<VectorKind, Stored>> stored = new HashMap<>();
		this.jdbc.query(
				"select scenario_id, kind, text_hash, vector from scenario_embedding where scenario_id = any (?) and model = ?",
				(RowCallbackHandler) rs -> stored.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(VectorKind.class))
					.put(VectorKind.of(rs.getString(2)), new Stored(rs.getString(3), toFloats(rs.getArray(4)))),
				scenarioIds.toArray(Long[]::new), TextEmbedding.MODEL);
		return stored;
	}

	/**
	 * The scenario's stored content vector of the current model, whatever text it was
	 * computed from (after an edit, until the new one is stored, the old text's meaning
	 * is close enough to find its neighbours); null when it has none.
	 */
	float[] vector(long scenarioId) {
		List<float[]> found = this.jdbc.query(
				"select vector from scenario_embedding where scenario_id = ? and kind = ? and model = ?",
				(rs, row) -> toFloats(rs.getArray(1)), scenarioId, VectorKind.CONTENT.column(), TextEmbedding.MODEL);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Scenario id to the hash of the text its current-model vector was computed from. */
	Map<VectorKind, Map<Long, String>> hashes() {
		Map<VectorKind, Map<Long, String>> hashes = emptyHashes();
		this.jdbc.query("select scenario_id, kind, text_hash from scenario_embedding where model = ?",
				(RowCallbackHandler) rs -> hashes.get(VectorKind.of(rs.getString(2)))
					.put(rs.getLong(1), rs.getString(3)),
				TextEmbedding.MODEL);
		return hashes;
	}

	/** The same for some scenarios. */
	Map<VectorKind, Map<Long, String>> hashes(List<Long> scenarioIds) {
		Map<VectorKind, Map<Long, String>> hashes = emptyHashes();
		this.jdbc.query(
				"select scenario_id, kind, text_hash from scenario_embedding where model = ? and scenario_id = any (?)",
				(RowCallbackHandler) rs -> hashes.get(VectorKind.of(rs.getString(2)))
					.put(rs.getLong(1), rs.getString(3)),
				TextEmbedding.MODEL, scenarioIds.toArray(Long[]::new));
		return hashes;
	}

	private static Map<VectorKind, Map<Long, String>> emptyHashes() {
		Map<VectorKind, Map<Long, String>> hashes = new EnumMap<>(VectorKind.class);
		for (VectorKind kind : VectorKind.values()) {
			hashes.put(kind, new HashMap<>());
		}
		return hashes;
	}

	void save(ScenarioText text, float[] vector) {
		this.jdbc.update("""
				insert into scenario_embedding (scenario_id, kind, model, text_hash, vector, computed_at)
				values (?, ?, ?, ?, ?, now())
				on conflict (scenario_id, kind) do update set model = excluded.model,
				text_hash = excluded.text_hash, vector = excluded.vector, computed_at = excluded.computed_at
				""", ps -> {
			ps.setLong(1, text.scenarioId());
			ps.setString(2, text.kind().column());
			ps.setString(3, TextEmbedding.MODEL);
			ps.setString(4, text.hash());
			Float[] boxed = new Float[vector.length];
			for (int i = 0; i < vector.length; i++) {
				boxed[i] = vector[i];
			}
			ps.setArray(5, ps.getConnection().createArrayOf("float4", boxed));
		});
	}

	/** Scenarios with every kind of vector of the current model. */
	long countCurrent() {
		Long count = this.jdbc.queryForObject("""
				select count(*) from (select scenario_id from scenario_embedding where model = ?
				group by scenario_id having count(*) = ?) complete
				""", Long.class, TextEmbedding.MODEL, VectorKind.values().length);
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
