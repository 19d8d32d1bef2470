package com.casebook.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.search.analysis.AnalyzerNames;
import com.casebook.search.semantic.SemanticSearch;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published scenarios that resemble a text, for "is this already in the catalogue?" while
 * a manager writes one. Lucene's More Like This picks the words of the text that are rare
 * in the catalogue and looks for scenarios using them, in each of the three analyses
 * (Chinese words, character pairs, English), in titles and situations alike, since a
 * paraphrase seldom keeps a title's words in the title.
 */
@Service
@Transactional(readOnly = true)
public class SimilarScenarios {

	/**
	 * Below this share of the best possible score a match is noise whatever the others
	 * score.
	 */
	static final float MIN_SCORE = 0.08f;

	/**
	 * How far similar scenarios must stand out from the rest: the hits kept score at
	 * least this many times the best hit left out. Absolute scores overlap (on the demo
	 * catalogue paraphrases of a situation score 0.15 to 0.45, texts on other subjects
	 * sharing a few words 0.18), but a paraphrase's scenario scores three times the next
	 * one, while other texts match several scenarios about equally (ratios 1.0 to 1.8).
	 */
	static final float STAND_OUT = 2.2f;

	private static final int COMPARED_WITH = 5;

	/**
	 * A word in more scenarios than this says little about which ones are alike, and
	 * costs its whole list of scenarios to score: on 100,000 scenarios words in up to 40%
	 * of them made one "related scenarios" query take 300 ms.
	 */
	static final int MAX_DOC_FREQ = 1000;

	private static final int MIN_TEXT_LENGTH = 4;

	private static final int MIN_SHARED_TERMS = 3;

	private static final String[][] ANALYSES = { { AnalyzerNames.CHINESE, "" }, { AnalyzerNames.CJK_BIGRAM, "_bigram" },
			{ AnalyzerNames.ENGLISH, "_en" } };

	/**
	 * The cosine from which a scenario's meaning is close enough to the text to show it.
	 * Measured on the demo catalogue (title and situation against the stored embeddings):
	 * paraphrases of a situation 0.73 to 0.84, texts on other subjects at most 0.60, and
	 * the next scenario after a paraphrase's own up to 0.71.
	 */
	static final float MIN_COSINE = 0.72f;

	private final EntityManager entityManager;

	private final LuceneIndex index;

	private final ObjectProvider<SemanticSearch> semantic;

	private final SearchBackend backend;

	private final ClusterMoreLikeThis cluster;

	SimilarScenarios(EntityManager entityManager, LuceneIndex index, ObjectProvider<SemanticSearch> semantic,
			SearchBackend backend, ClusterMoreLikeThis cluster) {
		this.entityManager = entityManager;
		this.index = index;
		this.semantic = semantic;
		this.backend = backend;
		this.cluster = cluster;
	}

	/**
	 * The scenarios whose words stand out, then those whose meaning is close (a
	 * paraphrase may share no rare word with its scenario).
	 */
	public List<SimilarScenario> similarTo(String title, String situation, Long excluding, int limit) {
		int fetched = limit + COMPARED_WITH;
		List<SimilarScenario> byWords = standingOut(
				similarTo(title, situation, excluding, fetched, EnumSet.of(ScenarioStatus.PUBLISHED), 0f), fetched,
				limit);
		SemanticSearch semantic = this.semantic.getIfAvailable();
		String text = ((title == null ? "" : title) + "\n" + (situation == null ? "" : situation)).strip();
		if (semantic == null || byWords.size() >= limit || text.length() < MIN_TEXT_LENGTH) {
			return byWords;
		}
		Map<Long, Float> nearest = semantic.nearestByContent(text, limit, MIN_COSINE, f -> {
			var bool = f.bool().filter(f.match().field("status").matching(ScenarioStatus.PUBLISHED));
			if (excluding != null) {
				bool.mustNot(f.id().matching(excluding));
			}
			return bool.toPredicate();
		});
		Set<Long> shown = byWords.stream().map(SimilarScenario::id).collect(Collectors.toSet());
		List<Long> more = nearest.keySet().stream().filter(id -> !shown.contains(id)).toList();
		if (more.isEmpty()) {
			return byWords;
		}
		Map<Long, String> titles = new HashMap<>();
		Search.session(this.entityManager)
			.search(Scenario.class)
			.select(f -> f.composite(row -> Map.entry((Long) row.get(0), (String) row.get(1)), f.id(Long.class),
					f.field("title", String.class)))
			.where(f -> f.id().matchingAny(more))
			.fetchHits(more.size())
			.forEach(entry -> titles.put(entry.getKey(), entry.getValue()));
		List<SimilarScenario> similar = new ArrayList<>(byWords);
		for (Long id : more) {
			if (titles.containsKey(id) && similar.size() < limit) {
				similar.add(new SimilarScenario(id, titles.get(id), nearest.get(id)));
			}
		}
		return similar;
	}

	/**
	 * The best hits if they stand out from the rest by {@link #STAND_OUT}; none when
	 * nothing does.
	 */
	static List<SimilarScenario> standingOut(List<SimilarScenario> hits, int fetched, int limit) {
		for (int i = 0; i < Math.min(hits.size(), limit); i++) {
			float score = hits.get(i).score();
			boolean last = i + 1 == hits.size();
			// a lone hit stands out from nothing; after several, the end of the list
			// proves no gap
			float next = last ? (i == 0 && hits.size() < fetched ? 0f : score) : hits.get(i + 1).score();
			if (score < MIN_SCORE) {
				return List.of();
			}
			if (score >= STAND_OUT * next && score > next) {
				return hits.subList(0, i + 1);
			}
		}
		return List.of();
	}

	/**
	 * Among scenarios in any of {@code statuses}, scoring at least {@code minScore}:
	 * editors' duplicate queue also compares submissions, and only wants close matches.
	 */
	public List<SimilarScenario> similarTo(String title, String situation, Long excluding, int limit,
			Set<ScenarioStatus> statuses, float minScore) {
		String text = ((title == null ? "" : title) + "\n" + (situation == null ? "" : situation)).strip();
		if (text.length() < MIN_TEXT_LENGTH) {
			return List.of();
		}
		Like like = likeQuery(text);
		if (like.bestPossibleScore() <= 0) {
			return List.of();
		}
		return Search.session(this.entityManager)
			.search(Scenario.class)
			.select(f -> f.composite(
					row -> new SimilarScenario((Long) row.get(0), (String) row.get(1),
							(Float) row.get(2) / like.bestPossibleScore()),
					f.id(Long.class), f.field("title", String.class), f.score()))
			.where(f -> {
				var bool = f.bool()
					.filter(f.terms().field("status").matchingAny(statuses))
					.must(like.query() != null ? f.extension(LuceneExtension.get()).fromLuceneQuery(like.query())
							: f.extension(ElasticsearchExtension.get()).fromJson(like.json()));
				if (excluding != null) {
					bool.mustNot(f.id().matching(excluding));
				}
				return bool;
			})
			.fetchHits(limit)
			.stream()
			.filter(hit -> hit.score() >= minScore)
			.toList();
	}

	/**
	 * The More Like This query and the score a document would get if it matched every
	 * term as well as BM25 allows (the sum of each term's idf times its boosts). Raw
	 * scores grow with the length of the text; divided by this they do not, so one
	 * threshold fits a title alone and a full page.
	 */
	private record Like(Query query, String json, float bestPossibleScore) {
	}

	/**
	 * Scenarios resembling an indexed scenario, scored against the scenario itself: its
	 * own document matches its text best, so a score of 1 means "as close as the scenario
	 * is to itself". Long texts share only a small part of their words even with a true
	 * duplicate, which the best possible score over all words understates; the scenario's
	 * own score does not.
	 */
	public List<SimilarScenario> similarToScenario(long scenarioId, String title, String situation, int limit,
			Set<ScenarioStatus> statuses, float minShareOfSelf) {
		List<SimilarScenario> hits = similarTo(title, situation, null, limit + 1, EnumSet.allOf(ScenarioStatus.class),
				0f);
		float self = hits.stream()
			.filter(hit -> hit.id() == scenarioId)
			.map(SimilarScenario::score)
			.findFirst()
			.orElse(0f);
		if (self <= 0) {
			return List.of();
		}
		Set<Long> wanted = Search.session(this.entityManager)
			.search(Scenario.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.filter(f.terms().field("status").matchingAny(statuses))
				.filter(f.id().matchingAny(hits.stream().map(SimilarScenario::id).toList())))
			.fetchAllHits()
			.stream()
			.collect(Collectors.toSet());
		return hits.stream()
			.filter(hit -> hit.id() != scenarioId && wanted.contains(hit.id()))
			.map(hit -> new SimilarScenario(hit.id(), hit.title(), hit.score() / self))
			.filter(hit -> hit.score() >= minShareOfSelf)
			.limit(limit)
			.toList();
	}

	private Like likeQuery(String text) {
		if (!this.backend.isLucene()) {
			// no index reader on a cluster: the same query from OpenSearch's term vectors
			List<ClusterMoreLikeThis.Field> fields = new ArrayList<>();
			for (String[] analysis : ANALYSES) {
				int minWordLength = AnalyzerNames.ENGLISH.equals(analysis[0]) ? 2 : 0;
				fields.add(new ClusterMoreLikeThis.Field("title" + analysis[1], 1.5f, minWordLength));
				fields.add(new ClusterMoreLikeThis.Field("situation" + analysis[1], 1f, minWordLength));
			}
			ClusterMoreLikeThis.Like like = this.cluster.like(text, fields);
			return new Like(null, like.json(), like.bestPossibleScore());
		}
		IndexReader reader = this.index.openReader();
		try {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (String[] analysis : ANALYSES) {
				MoreLikeThis mlt = new MoreLikeThis(reader);
				mlt.setAnalyzer(this.index.analyzer(analysis[0]));
				mlt.setMinTermFreq(1);
				mlt.setMinDocFreq(1);
				mlt.setMaxDocFreq(maxDocFreq(reader.numDocs()));
				mlt.setMaxQueryTerms(20);
				mlt.setBoost(true);
				// the English analysis cuts Chinese into single characters, which match
				// anything
				mlt.setMinWordLen(AnalyzerNames.ENGLISH.equals(analysis[0]) ? 2 : 0);
				String titleField = "title" + analysis[1];
				String situationField = "situation" + analysis[1];
				mlt.setFieldNames(new String[] { titleField, situationField });
				query.add(new BoostQuery(severalTermsOf(mlt.like(titleField, new StringReader(text))), 1.5f),
						BooleanClause.Occur.SHOULD);
				query.add(severalTermsOf(mlt.like(situationField, new StringReader(text))), BooleanClause.Occur.SHOULD);
			}
			BooleanQuery built = query.build();
			return new Like(built, null, bestPossibleScore(built, reader, 1f));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			LuceneIndex.close(reader);
		}
	}

	/**
	 * Words in at most 40% of the scenarios (in a small catalogue, a word in half of them
	 * is common), and in no more than {@link #MAX_DOC_FREQ}.
	 */
	static int maxDocFreq(int scenarios) {
		return Math.min(scenarios * 40 / 100, MAX_DOC_FREQ);
	}

	/**
	 * One or two rare words in common are coincidence; a duplicate shares several. Short
	 * texts have few words to share, so fewer are required: a quarter of the text's
	 * chosen words, at most three.
	 */
	private static Query severalTermsOf(Query like) {
		if (!(like instanceof BooleanQuery terms)) {
			return like;
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		terms.clauses().forEach(builder::add);
		builder.setMinimumNumberShouldMatch(Math.min(MIN_SHARED_TERMS, Math.max(1, terms.clauses().size() / 4)));
		return builder.build();
	}

	private static float bestPossibleScore(Query query, IndexReader reader, float boost) throws IOException {
		if (query instanceof BoostQuery boosted) {
			return bestPossibleScore(boosted.getQuery(), reader, boost * boosted.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			float sum = 0;
			for (BooleanClause clause : bool.clauses()) {
				sum += bestPossibleScore(clause.getQuery(), reader, boost);
			}
			return sum;
		}
		if (query instanceof TermQuery term) {
			long docFreq = Math.max(reader.docFreq(term.getTerm()), 1);
			return boost * (float) Math.log(1 + (reader.maxDoc() - docFreq + 0.5) / (docFreq + 0.5));
		}
		return 0;
	}

}
