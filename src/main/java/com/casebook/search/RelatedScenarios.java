package com.casebook.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.search.semantic.SemanticSearch;
import com.casebook.user.FigureCache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios close to another: "related scenarios" on a scenario page, and pairs close
 * enough in meaning to be the same situation for the editors' duplicate queue. Both go by
 * the scenario's stored embedding (its nearest neighbours in the index, one query); the
 * page falls back on shared rare words (More Like This) while the scenario has no vector
 * yet or semantic search is off.
 */
@Service
@Transactional(readOnly = true)
public class RelatedScenarios {

	/**
	 * The cosine from which a neighbour is worth a link. Measured on the demo catalogue
	 * (stored vectors, scenario against scenario): a Chinese scenario's five nearest
	 * scenarios 0.62 to 0.88, an English one's three English neighbours 0.79 to 0.86,
	 * while Chinese against English stays at or below 0.60 (the model knows little
	 * English), which this keeps out.
	 */
	static final float RELATED_COSINE = 0.62f;

	/**
	 * The share of a scenario's More Like This score against itself from which a
	 * neighbour found by words is worth a link: lower than the duplicate queue's 0.18,
	 * since related is not the same.
	 */
	static final float RELATED_SHARE_OF_SELF = 0.1f;

	private static final Set<ScenarioStatus> PUBLISHED = EnumSet.of(ScenarioStatus.PUBLISHED);

	private final ObjectProvider<SemanticSearch> semantic;

	private final SimilarScenarios similar;

	private final ScenarioCatalogue catalogue;

	/**
	 * Lists found by words, until a scenario is written here or for at most
	 * {@link FigureCache#MAX_AGE}: on 100,000 scenarios More Like This costs a page 20 ms
	 * of a core (looking up how rare each of the text's words is), while the list only
	 * changes when the catalogue does. The nearest in meaning cost one cheap query and
	 * are not kept.
	 */
	private final FigureCache<ByWords, List<SimilarScenario>> byWords = new FigureCache<>();

	RelatedScenarios(ObjectProvider<SemanticSearch> semantic, SimilarScenarios similar, ScenarioCatalogue catalogue) {
		this.semantic = semantic;
		this.similar = similar;
		this.catalogue = catalogue;
	}

	/** Published scenarios related to this one, closest first. */
	public List<SimilarScenario> of(Scenario scenario, int limit) {
		return nearestInMeaning(scenario.getId(), limit, PUBLISHED, RELATED_COSINE)
			.orElseGet(() -> this.byWords.get(new ByWords(scenario.getId(), limit, this.catalogue.writes()),
					() -> this.similar.similarToScenario(scenario.getId(), scenario.getTitle(), scenario.getSituation(),
							limit, PUBLISHED, RELATED_SHARE_OF_SELF)));
	}

	private record ByWords(long scenarioId, int limit, long catalogueWrites) {
	}

	/**
	 * The {@code k} scenarios in any of {@code statuses} nearest in meaning to a
	 * scenario, with their cosine similarity, down to {@code minimumCosine}; empty when
	 * the scenario has no stored vector or semantic search is off.
	 */
	public Optional<List<SimilarScenario>> nearestInMeaning(long scenarioId, int k, Set<ScenarioStatus> statuses,
			float minimumCosine) {
		SemanticSearch semantic = this.semantic.getIfAvailable();
		if (semantic == null) {
			return Optional.empty();
		}
		return semantic.nearestTo(scenarioId, k, minimumCosine,
				f -> f.terms().field("status").matchingAny(statuses).toPredicate());
	}

}
