package com.casebook.search.semantic;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The scenario's embeddings in the Lucene index, one vector field per {@link VectorKind}
 * ({@code embedding} for the content, {@code embedding_names} for the names), and the
 * nearest-neighbour queries on them. Hibernate Search's vector fields and {@code knn}
 * predicate are incubating, so they are used here and nowhere else.
 * <p>
 * The document takes the stored vectors of the scenario's current texts: indexing never
 * computes one. When none is stored yet (a new or edited text), the scenario is handed to
 * the {@link EmbeddingWorker} once the transaction commits, which stores the vector and
 * indexes the scenario again; meanwhile the scenario is found by its words only.
 */
public final class ScenarioVectorField implements TypeBinder {

	private static final int MIN_CANDIDATES = 100;

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
			.use("solutions.position")
			// the names vector's text (names come from the taxonomy's snapshot; a rename
			// reindexes the scenarios filed under it, see LabelReindexing)
			.use("categoryId")
			.use("tagIds")
			.use("kpiIds");
		Map<VectorKind, IndexFieldReference<float[]>> fields = new EnumMap<>(VectorKind.class);
		for (VectorKind kind : VectorKind.values()) {
			fields.put(kind,
					context.indexSchemaElement()
						.field(kind.field(),
								f -> f.asFloatVector()
									.dimension(TextEmbedding.DIMENSION)
									.vectorSimilarity(VectorSimilarity.COSINE))
						.toReference());
		}
		context.bridge(Scenario.class, new Bridge(fields, this.vectors));
	}

	/**
	 * The {@code k} scenarios the filter keeps whose best vector of the given kinds is
	 * nearest to the vector, nearest first, with that best cosine similarity; only those
	 * at least {@code minimumSimilarity} alike. One {@code knn} query per kind.
	 */
	static Map<Long, Float> nearest(SearchSession session, float[] vector, int k, float minimumSimilarity,
			Function<SearchPredicateFactory, SearchPredicate> filter, Set<VectorKind> kinds) {
		Map<Long, Float> best = new HashMap<>();
		for (VectorKind kind : kinds) {
			nearest(session, kind, vector, k, minimumSimilarity, filter)
				.forEach((id, cosine) -> best.merge(id, cosine, Math::max));
		}
		Map<Long, Float> nearest = new LinkedHashMap<>();
		best.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(k)
			.forEach(entry -> nearest.put(entry.getKey(), entry.getValue()));
		return nearest;
	}

	private static Map<Long, Float> nearest(SearchSession session, VectorKind kind, float[] vector, int k,
			float minimumSimilarity, Function<SearchPredicateFactory, SearchPredicate> filter) {
		Map<Long, Float> nearest = new LinkedHashMap<>();
		session.search(Scenario.class)
			.select(f -> f.composite(row -> Map.entry((Long) row.get(0), (Float) row.get(1)), f.id(Long.class),
					f.score()))
			.where(f -> f.knn(candidates(k))
				.field(kind.field())
				.matching(vector)
				.filter(filter.apply(f))
				.requiredMinimumSimilarity(minimumSimilarity))
			.fetchHits(k)
			// Lucene scores a cosine as (1 + cosine) / 2
			.forEach(hit -> nearest.put(hit.getKey(), 2 * hit.getValue() - 1));
		return nearest;
	}

	/**
	 * The scenarios whose content vector is nearest to the vector, with each scenario's
	 * title, in one query: what a list of links to the neighbours needs.
	 */
	static List<SimilarScenario> nearestWithTitles(SearchSession session, float[] vector, int k,
			float minimumSimilarity, Function<SearchPredicateFactory, SearchPredicate> filter) {
		return session.search(Scenario.class)
			.select(f -> f.composite(
					// Lucene scores a cosine as (1 + cosine) / 2
					row -> new SimilarScenario((Long) row.get(0), (String) row.get(1), 2 * (Float) row.get(2) - 1),
					f.id(Long.class), f.field("title", String.class), f.score()))
			.where(f -> f.knn(candidates(k))
				.field(VectorKind.CONTENT.field())
				.matching(vector)
				.filter(filter.apply(f))
				.requiredMinimumSimilarity(minimumSimilarity))
			.fetchHits(k);
	}

	/**
	 * How many candidates the graph search keeps: Lucene walks its vector graph keeping
	 * only the {@code k} best so far, and with the few a page shows it stops short of
	 * true neighbours among thousands of close vectors (on 3,000 of them, one in twenty
	 * of the five nearest was missed). The rest of the candidates are cut by the hits
	 * fetched.
	 */
	static int candidates(int k) {
		return Math.max(k, MIN_CANDIDATES);
	}

	private record Bridge(Map<VectorKind, IndexFieldReference<float[]>> fields,
			ObjectProvider<ScenarioVectors> vectors) implements TypeBridge<Scenario> {

		@Override
		public void write(DocumentElement target, Scenario scenario, TypeBridgeWriteContext context) {
			ScenarioVectors vectors = this.vectors.getIfAvailable();
			if (vectors == null) {
				return;
			}
			vectors.storedFor(scenario, context)
				.forEach((kind, vector) -> target.addValue(this.fields.get(kind), vector));
		}

	}

}
