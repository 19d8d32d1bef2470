package com.casebook.search.semantic;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the semantic benchmark (test scope): hands scenarios to the embedding worker, and
 * fills a large generated catalogue with stored vectors without running the model on each
 * scenario (on this machine, embedding 100,000 scenarios takes hours). Each such vector
 * is derived from the real embeddings of scenarios the worker did embed: a mix of two of
 * them of the same kind (0.8 and 0.2) plus a little noise, normalised. It is stored with
 * the hash of the scenario's current text, so indexing puts it in the index and the
 * worker never computes it. The knn queries then search a graph of realistic size and
 * spread; the vectors do not describe their scenarios' texts.
 */
public final class BenchmarkVectors {

	private static final int CHUNK = 500;

	private BenchmarkVectors() {
	}

	/** Asks the worker for these scenarios' vectors, as their commit would. */
	public static void request(ApplicationContext context, List<Long> ids) {
		EmbeddingWorker worker = context.getBean(EmbeddingWorker.class);
		ids.forEach(worker::request);
	}

	/** Returns once the worker has finished what it was handed. */
	public static void awaitIdle(ApplicationContext context) {
		context.getBean(EmbeddingWorker.class).awaitIdle();
	}

	/**
	 * Stores derived vectors of both kinds for {@code ids}, from the stored vectors of
	 * {@code real}; returns how many vectors were stored.
	 */
	public static long storeDerived(ApplicationContext context, List<Long> real, List<Long> ids, long seed) {
		EmbeddingStore store = context.getBean(EmbeddingStore.class);
		ScenarioTexts texts = context.getBean(ScenarioTexts.class);
		EntityManager entityManager = context.getBean(EntityManager.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Map<VectorKind, List<float[]>> bases = new EnumMap<>(VectorKind.class);
		for (VectorKind kind : VectorKind.values()) {
			bases.put(kind, new ArrayList<>());
		}
		for (Long id : real) {
			store.stored(id).forEach((kind, stored) -> bases.get(kind).add(stored.vector()));
		}
		Random random = new Random(seed);
		long stored = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
			List<ScenarioText> chunkTexts = transactions.execute(status -> {
				List<ScenarioText> found = entityManager
					.createQuery("select s from Scenario s where s.id in (:ids)", Scenario.class)
					.setParameter("ids", chunk)
					.getResultList()
					.stream()
					.flatMap(scenario -> texts.of(scenario).stream())
					.toList();
				entityManager.clear();
				return found;
			});
			List<float[]> vectors = chunkTexts.stream().map(text -> derived(bases.get(text.kind()), random)).toList();
			jdbc.batchUpdate("""
					insert into scenario_embedding (scenario_id, kind, model, text_hash, vector, computed_at)
					values (?, ?, ?, ?, ?, now())
					""", new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					ScenarioText text = chunkTexts.get(i);
					ps.setLong(1, text.scenarioId());
					ps.setString(2, text.kind().column());
					ps.setString(3, TextEmbedding.MODEL);
					ps.setString(4, text.hash());
					float[] vector = vectors.get(i);
					Float[] boxed = new Float[vector.length];
					for (int d = 0; d < vector.length; d++) {
						boxed[d] = vector[d];
					}
					ps.setArray(5, ps.getConnection().createArrayOf("float4", boxed));
				}

				@Override
				public int getBatchSize() {
					return chunkTexts.size();
				}
			});
			stored += chunkTexts.size();
		}
		return stored;
	}

	private static float[] derived(List<float[]> bases, Random random) {
		float[] a = bases.get(random.nextInt(bases.size()));
		float[] b = bases.get(random.nextInt(bases.size()));
		float[] mixed = new float[a.length];
		double norm = 0;
		for (int d = 0; d < a.length; d++) {
			mixed[d] = (float) (0.8 * a[d] + 0.2 * b[d] + 0.02 * random.nextGaussian());
			norm += mixed[d] * mixed[d];
		}
		float length = (float) Math.sqrt(norm);
		for (int d = 0; d < mixed.length; d++) {
			mixed[d] /= length;
		}
		return mixed;
	}

}
