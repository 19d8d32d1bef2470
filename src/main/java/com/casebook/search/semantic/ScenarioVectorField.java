package com.casebook.search.semantic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.casebook.scenario.Scenario;
import com.casebook.search.SimilarScenario;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The scenario's embedding in the Lucene index, and the nearest-neighbour query on it.
 * Hibernate Search's vector fields and {@code knn} predicate are incubating, so they are
 * used here and nowhere else.
 * <p>
 * The document takes the stored vector of the scenario's current text: indexing never
 * computes one. When none is stored yet (a new or edited text), the scenario is handed to
 * the {@link EmbeddingWorker} once the transaction commits, which stores the vector and
 * indexes the scenario again; meanwhile the scenario is found by its words only.
 */
public final class ScenarioVectorField implements TypeBinder {

	static final String FIELD = "embedding";

	private final ObjectProvider<ScenarioVectors> vectors;

	public ScenarioVectorField(ObjectProvider<ScenarioVectors> vectors) {
		this.vectors = vectors;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("title")
			.use("situation")
			.use("solutions.actions")
			.use("solutions.mergedIntoId")
			.use("solutions.position");
		IndexFieldReference<float[]> field = context.indexSchemaElement()
			.field(FIELD,
					f -> f.asFloatVector().dimension(TextEmbedding.DIMENSION).vectorSimilarity(VectorSimilarity.COSINE))
			.toReference();
		context.bridge(Scenario.class, new Bridge(field, this.vectors));
	}

	/**
	 * Ids of the {@code k} scenarios nearest to the vector among those the filter keeps,
	 * nearest first, with their cosine similarity; only those at least
	 * {@code minimumSimilarity} alike.
	 */
	static Map<Long, Float> nearest(SearchSession session, float[] vector, int k, float minimumSimilarity,
			Function<SearchPredicateFactory, SearchPredicate> filter) {
		Map<Long, Float> nearest = new LinkedHashMap<>();
		session.search(Scenario.class)
			.select(f -> f.composite(row -> Map.entry((Long) row.get(0), (Float) row.get(1)), f.id(Long.class),
					f.score()))
			.where(f -> f.knn(k)
				.field(FIELD)
				.matching(vector)
				.filter(filter.apply(f))
				.requiredMinimumSimilarity(minimumSimilarity))
			.fetchHits(k)
			// Lucene scores a cosine as (1 + cosine) / 2
			.forEach(hit -> nearest.put(hit.getKey(), 2 * hit.getValue() - 1));
		return nearest;
	}

	/**
	 * The same with each scenario's title, in the one query: what a list of links to the
	 * neighbours needs.
	 */
	static List<SimilarScenario> nearestWithTitles(SearchSession session, float[] vector, int k,
			float minimumSimilarity, Function<SearchPredicateFactory, SearchPredicate> filter) {
		return session.search(Scenario.class)
			.select(f -> f.composite(
					// Lucene scores a cosine as (1 + cosine) / 2
					row -> new SimilarScenario((Long) row.get(0), (String) row.get(1), 2 * (Float) row.get(2) - 1),
					f.id(Long.class), f.field("title", String.class), f.score()))
			.where(f -> f.knn(k)
				.field(FIELD)
				.matching(vector)
				.filter(filter.apply(f))
				.requiredMinimumSimilarity(minimumSimilarity))
			.fetchHits(k);
	}

	private record Bridge(IndexFieldReference<float[]> field,
			ObjectProvider<ScenarioVectors> vectors) implements TypeBridge<Scenario> {

		@Override
		public void write(DocumentElement target, Scenario scenario, TypeBridgeWriteContext context) {
			ScenarioVectors vectors = this.vectors.getIfAvailable();
			if (vectors == null) {
				return;
			}
			float[] vector = vectors.storedFor(ScenarioText.of(scenario));
			if (vector != null) {
				target.addValue(this.field, vector);
			}
		}

	}

}
