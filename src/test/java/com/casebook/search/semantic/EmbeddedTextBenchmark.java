package com.casebook.search.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.Solution;
import com.casebook.search.relevance.RankingMetrics;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which text of a scenario to embed (issue 15): the vector leg alone, ranked by cosine
 * over the 30 demo scenarios, for the judged queries, with each candidate text. A
 * measurement, not a check: {@code ./mvnw -Pbenchmark test -Dtest=EmbeddedTextBenchmark};
 * the table goes to the console and docs/search.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casebook.data-dir=target/test-data/relevance", "casebook.db.fresh=true",
		"casebook.semantic.enabled=true" })
@ActiveProfiles("test")
class EmbeddedTextBenchmark {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	TransactionTemplate transactions;

	record Judged(String type, String query, Map<String, Integer> grades) {
	}

	@Test
	void measureEachText() throws Exception {
		awaitModel();
		Map<String, Function<Scenario, String>> variants = new LinkedHashMap<>();
		variants.put("title + situation + actions (stored today)",
				s -> join(s.getTitle(), s.getSituation(), actions(s)));
		variants.put("title", Scenario::getTitle);
		variants.put("situation", s -> nonNull(s.getSituation()));
		variants.put("actions", this::actions);
		variants.put("title + situation", s -> join(s.getTitle(), s.getSituation()));
		variants.put("title + Chinese labels", s -> join(s.getTitle(), labels(s, true)));
		variants.put("title + Chinese labels + situation + actions",
				s -> join(s.getTitle(), labels(s, true), s.getSituation(), actions(s)));
		variants.put("title + all labels + situation + actions",
				s -> join(s.getTitle(), labels(s, false), s.getSituation(), actions(s)));

		List<Judged> judged = judged();
		Map<String, String> refs = new LinkedHashMap<>();
		this.jdbc.query("select id, external_ref from scenario where status = 'PUBLISHED'", (ResultSet rs) -> {
			refs.put(rs.getString(2), String.valueOf(rs.getLong(1)));
		});
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		this.transactions.executeWithoutResult(tx -> refs.forEach((ref, id) -> {
			Scenario scenario = this.catalogue.find(Long.parseLong(id)).orElseThrow();
			Map<String, String> byVariant = new LinkedHashMap<>();
			variants.forEach((name, text) -> byVariant.put(name, text.apply(scenario)));
			texts.put(ref, byVariant);
		}));
		Map<String, float[]> queries = new LinkedHashMap<>();
		for (Judged j : judged) {
			queries.put(j.query(), TextEmbedding.embed(j.query()));
		}
		StringBuilder report = new StringBuilder(
				"| text embedded | MRR all | MRR paraphrase + colloquial | MRR colloquial | nDCG@5 all | nDCG@5 paraphrase + colloquial |\n| --- | --- | --- | --- | --- | --- |\n");
		Map<String, Map<String, float[]>> perPart = new LinkedHashMap<>();
		for (String variant : variants.keySet()) {
			Map<String, float[]> vectors = new LinkedHashMap<>();
			texts.forEach((ref, byVariant) -> vectors.put(ref, TextEmbedding.embed(byVariant.get(variant))));
			perPart.put(variant, vectors);
			report.append(row(variant, judged, q -> rank(queries.get(q), List.of(vectors))));
		}
		report.append(row("best of title / situation / actions (one vector each)", judged, q -> rank(queries.get(q),
				List.of(perPart.get("title"), perPart.get("situation"), perPart.get("actions")))));
		report.append(row("best of stored text / title + Chinese labels", judged, q -> rank(queries.get(q), List
			.of(perPart.get("title + situation + actions (stored today)"), perPart.get("title + Chinese labels")))));
		System.out.println(report);
	}

	private String row(String name, List<Judged> judged, Function<String, List<String>> ranking) {
		double[] sums = new double[5];
		int[] counts = new int[3];
		for (Judged j : judged) {
			List<String> ranked = ranking.apply(j.query()).subList(0, 10);
			double rr = RankingMetrics.reciprocalRank(ranked, j.grades());
			double ndcg = RankingMetrics.ndcg(5, ranked, j.grades());
			sums[0] += rr;
			sums[3] += ndcg;
			counts[0]++;
			if (j.type().equals("paraphrase") || j.type().equals("colloquial")) {
				sums[1] += rr;
				sums[4] += ndcg;
				counts[1]++;
			}
			if (j.type().equals("colloquial")) {
				sums[2] += rr;
				counts[2]++;
			}
		}
		return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name, sums[0] / counts[0],
				sums[1] / counts[1], sums[2] / counts[2], sums[3] / counts[0], sums[4] / counts[1]);
	}

	/** Refs by their best cosine over the given vectors of each scenario. */
	private static List<String> rank(float[] query, List<Map<String, float[]>> parts) {
		Map<String, Double> best = new LinkedHashMap<>();
		for (Map<String, float[]> part : parts) {
			part.forEach((ref, vector) -> best.merge(ref, cosine(query, vector), Math::max));
		}
		List<String> refs = new ArrayList<>(best.keySet());
		refs.sort((a, b) -> Double.compare(best.get(b), best.get(a)));
		return refs;
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	private String labels(Scenario s, boolean chineseOnly) {
		List<String> names = new ArrayList<>();
		for (TagView tag : this.taxonomy.tags(s.getTagIds())) {
			names.add(name(tag.name(), chineseOnly));
			tag.synonyms().stream().filter(n -> !chineseOnly || hasHan(n)).forEach(names::add);
		}
		this.taxonomy.category(s.getCategoryId())
			.ifPresent(c -> c.path().forEach(n -> names.add(name(n, chineseOnly))));
		this.taxonomy.references(s.getKpiIds()).forEach(r -> names.add(name(r.name(), chineseOnly)));
		return String.join("，", names.stream().filter(n -> n != null && !n.isBlank()).toList());
	}

	private static String name(LocalizedName name, boolean chineseOnly) {
		return chineseOnly ? (name.zh() != null ? name.zh() : name.en()) : name.both();
	}

	private static boolean hasHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private String actions(Scenario s) {
		return String.join("\n",
				s.getSolutionsInOrderAdded()
					.stream()
					.map(Solution::getActions)
					.map(EmbeddedTextBenchmark::nonNull)
					.toList());
	}

	private static String join(String... parts) {
		return String.join("\n", Arrays.stream(parts).map(EmbeddedTextBenchmark::nonNull).toList());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static List<Judged> judged() throws IOException {
		try (InputStream in = new ClassPathResource("relevance/judgments.tsv").getInputStream()) {
			List<Judged> all = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				Map<String, Integer> grades = new LinkedHashMap<>();
				for (String grade : columns[2].trim().split("\\s+")) {
					String[] refGrade = grade.split(":");
					grades.put(refGrade[0], Integer.parseInt(refGrade[1]));
				}
				all.add(new Judged(columns[0], columns[1], grades));
			}
			return all;
		}
	}

	private static void awaitModel() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!TextEmbedding.isLoaded()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The model did not load in time");
			}
			Thread.sleep(200);
		}
	}

}
