package com.casebook.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import com.casebook.scenario.Scenario;

import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lucene's More Like This, done on an OpenSearch cluster, where the index's reader is out
 * of reach: OpenSearch's {@code _termvectors} analyzes the text as an artificial document
 * with each field's own analyzer and gives every term's document frequency, and from
 * those the same query is built as {@code MoreLikeThis} builds it (the 20 terms of best
 * tf × classic idf per field, none in more scenarios than
 * {@link SimilarScenarios#maxDocFreq}, each boosted by its score over the best one's),
 * with the same best possible BM25 score to divide by. So {@link SimilarScenarios} keeps
 * one set of thresholds on both backends.
 */
@Component
class ClusterMoreLikeThis {

	private static final int MAX_QUERY_TERMS = 20;

	private static final int SHARD_RETRIES = 20;

	private static final Duration SHARD_RETRY_PAUSE = Duration.ofMillis(250);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SearchBackend backend;

	private final EntityManagerFactory entityManagerFactory;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	ClusterMoreLikeThis(SearchBackend backend, EntityManagerFactory entityManagerFactory) {
		this.backend = backend;
		this.entityManagerFactory = entityManagerFactory;
	}

	/** A clause of the query: the terms one analysis of the text gives in one field. */
	record Field(String name, float boost, int minWordLength) {
	}

	/**
	 * The query as OpenSearch JSON, and the score a document matching it all would get.
	 */
	record Like(String json, float bestPossibleScore) {
	}

	Like like(String text, List<Field> fields) {
		ObjectNode doc = JSON.createObjectNode();
		fields.forEach(field -> doc.put(field.name(), text));
		ObjectNode request = JSON.createObjectNode();
		request.set("doc", doc);
		request.put("term_statistics", true);
		request.put("field_statistics", true);
		request.put("positions", false);
		request.put("offsets", false);
		JsonNode vectors = post("/_termvectors", request.toString()).path("term_vectors");
		long numDocs = 0;
		for (Field field : fields) {
			numDocs = Math.max(numDocs, vectors.path(field.name()).path("field_statistics").path("doc_count").asLong());
		}
		ArrayNode should = JSON.createArrayNode();
		float best = 0;
		long maxDocFreq = SimilarScenarios.maxDocFreq((int) Math.min(numDocs, Integer.MAX_VALUE));
		for (Field field : fields) {
			List<ScoredTerm> terms = new ArrayList<>();
			for (Map.Entry<String, JsonNode> term : vectors.path(field.name()).path("terms").properties()) {
				long docFreq = term.getValue().path("doc_freq").asLong();
				int termFreq = term.getValue().path("term_freq").asInt();
				if (docFreq < 1 || docFreq > maxDocFreq || term.getKey().length() < field.minWordLength()) {
					continue;
				}
				// ClassicSimilarity's idf, as MoreLikeThis scores terms
				float idf = (float) (Math.log((numDocs + 1) / (double) (docFreq + 1)) + 1.0);
				terms.add(new ScoredTerm(term.getKey(), termFreq * idf, docFreq));
			}
			terms.sort(Comparator.comparingDouble(ScoredTerm::score).reversed());
			List<ScoredTerm> kept = terms.subList(0, Math.min(MAX_QUERY_TERMS, terms.size()));
			if (kept.isEmpty()) {
				continue;
			}
			float topScore = kept.get(0).score();
			ArrayNode clauses = JSON.createArrayNode();
			for (ScoredTerm term : kept) {
				float boost = term.score() / topScore;
				ObjectNode value = JSON.createObjectNode();
				value.put("value", term.term());
				value.put("boost", boost);
				ObjectNode termQuery = JSON.createObjectNode();
				termQuery.set("term", JSON.createObjectNode().set(field.name(), value));
				clauses.add(termQuery);
				best += field.boost() * boost
						* (float) Math.log(1 + (numDocs - term.docFreq() + 0.5) / (term.docFreq() + 0.5));
			}
			ObjectNode bool = JSON.createObjectNode();
			bool.set("should", clauses);
			// one or two rare words in common are coincidence (as SimilarScenarios)
			bool.put("minimum_should_match", Math.min(3, Math.max(1, kept.size() / 4)));
			bool.put("boost", field.boost());
			should.add(JSON.createObjectNode().set("bool", bool));
		}
		ObjectNode bool = JSON.createObjectNode();
		bool.set("should", should);
		bool.put("minimum_should_match", 1);
		return new Like(JSON.createObjectNode().set("bool", bool).toString(), best);
	}

	private JsonNode post(String path, String body) {
		String index = Search.mapping(this.entityManagerFactory)
			.indexedEntity(Scenario.class)
			.indexManager()
			.unwrap(ElasticsearchIndexManager.class)
			.descriptor()
			.readName();
		String uri = this.backend.uris().get(0).replaceAll("/+$", "") + "/" + index + path;
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			// a shard still starting (the index was just created, or reopened to update
			// its analysis) answers 5xx for a moment: wait for it rather than fail a scan
			for (int attempt = 1; response.statusCode() >= 500 && attempt <= SHARD_RETRIES; attempt++) {
				Thread.sleep(SHARD_RETRY_PAUSE.toMillis());
				response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"OpenSearch answered " + response.statusCode() + " to " + path + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not reach OpenSearch at " + uri, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking OpenSearch", ex);
		}
	}

	private record ScoredTerm(String term, float score, long docFreq) {
	}

}
