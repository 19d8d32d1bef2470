package com.casebook.search.semantic;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import com.casebook.search.SearchBackend;
import com.casebook.search.SimilarScenario;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The semantic leg of a search: the scenarios whose stored embeddings are nearest to the
 * query's. Scenarios not embedded yet are simply not among them (their words still find
 * them), and until the model is loaded the leg finds nothing.
 */
@Component
@Transactional(readOnly = true)
@ConditionalOnProperty(name = "casebook.semantic.enabled", havingValue = "true", matchIfMissing = true)
public class SemanticSearch {

	private final EntityManager entityManager;

	private final float minimumSimilarity;

	private final EmbeddingStore store;

	private final SearchBackend backend;

	/**
	 * Vectors of recent query texts: running the model is most of a search's time (about
	 * 10 ms of a core for a short query), and people search the same words again, page
	 * after page of one result list, and as they type. Cleared when full.
	 */
	private final Map<String, float[]> recentQueries = new ConcurrentHashMap<>();

	static final int REMEMBERED_QUERIES = 1000;

	private static final int REMEMBERED_QUERY_LENGTH = 200;

	SemanticSearch(EntityManager entityManager, EmbeddingStore store, SearchBackend backend,
			@Value("${casebook.semantic.minimum-similarity:0.5}") float minimumSimilarity) {
		this.entityManager = entityManager;
		this.store = store;
		this.backend = backend;
		this.minimumSimilarity = minimumSimilarity;
	}

	/**
	 * The search's semantic leg: up to {@code k} scenarios the filter keeps, nearest to
	 * the text first by the best of their two vectors (content and names), with that
	 * cosine similarity; none closer than the minimum similarity. Runs in the caller's
	 * search session (searches run outside transactions).
	 */
	public Map<Long, Float> nearest(SearchSession session, String text, int k,
			Function<SearchPredicateFactory, SearchPredicate> filter) {
		return nearest(session, text, k, this.minimumSimilarity, filter, EnumSet.allOf(VectorKind.class));
	}

	/** The same in a session of its own. */
	public Map<Long, Float> nearest(String text, int k, Function<SearchPredicateFactory, SearchPredicate> filter) {
		return nearest(Search.session(this.entityManager), text, k, filter);
	}

	/**
	 * Up to {@code k} scenarios the filter keeps whose content (title, situation,
	 * actions) is nearest to the text, with their cosine similarity, down to
	 * {@code minimumSimilarity}: a text compared with scenarios, as similar scenarios
	 * while writing do (their threshold was measured on the content vectors).
	 */
	public Map<Long, Float> nearestByContent(String text, int k, float minimumSimilarity,
			Function<SearchPredicateFactory, SearchPredicate> filter) {
		return nearest(Search.session(this.entityManager), text, k, minimumSimilarity, filter,
				EnumSet.of(VectorKind.CONTENT));
	}

	private Map<Long, Float> nearest(SearchSession session, String text, int k, float minimumSimilarity,
			Function<SearchPredicateFactory, SearchPredicate> filter, Set<VectorKind> kinds) {
		// without k-NN on the cluster the index holds no vectors: words only
		if (text.isBlank() || !TextEmbedding.isLoaded() || !this.backend.vectors()) {
			return Map.of();
		}
		float[] vector = queryVector(text);
		return ScenarioVectorField.nearest(session, vector, k, minimumSimilarity, filter, kinds);
	}

	float[] queryVector(String text) {
		if (text.length() > REMEMBERED_QUERY_LENGTH) {
			return TextEmbedding.embed(text);
		}
		float[] known = this.recentQueries.get(text);
		if (known != null) {
			return known;
		}
		float[] vector = TextEmbedding.embed(text);
		if (this.recentQueries.size() >= REMEMBERED_QUERIES) {
			this.recentQueries.clear();
		}
		this.recentQueries.put(text, vector);
		return vector;
	}

	/**
	 * The scenarios nearest in meaning to a scenario, by its stored content vector
	 * (nothing is computed), with their titles and cosine similarity, nearest first; the
	 * scenario itself is never among them. Empty when the scenario has no vector yet, so
	 * the caller can fall back on words.
	 */
	public Optional<List<SimilarScenario>> nearestTo(long scenarioId, int k, float minimumSimilarity,
			Function<SearchPredicateFactory, SearchPredicate> filter) {
		float[] vector = this.backend.vectors() ? this.store.vector(scenarioId) : null;
		if (vector == null) {
			return Optional.empty();
		}
		return Optional
			.of(ScenarioVectorField.nearestWithTitles(Search.session(this.entityManager), vector, k, minimumSimilarity,
					f -> f.bool().filter(filter.apply(f)).mustNot(f.id().matching(scenarioId)).toPredicate()));
	}

	public boolean isReady() {
		return TextEmbedding.isLoaded() && this.backend.vectors();
	}

}
