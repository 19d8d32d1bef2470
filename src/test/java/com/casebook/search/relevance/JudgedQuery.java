package com.casebook.search.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code relevance/judgments.tsv}: a query, its type, the grade of each
 * relevant scenario by ref, and for Traditional queries optionally the same query in
 * Simplified script.
 */
record JudgedQuery(String type, String query, Map<String, Integer> grades, String simplifiedTwin) {

	static final String RESOURCE = "/relevance/judgments.tsv";

	static List<JudgedQuery> all() {
		List<JudgedQuery> queries = new ArrayList<>();
		try (InputStream in = JudgedQuery.class.getResourceAsStream(RESOURCE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					queries.add(parse(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return queries;
	}

	private static JudgedQuery parse(String line) {
		String[] columns = line.split("\t");
		if (columns.length < 3) {
			throw new IllegalArgumentException("Expected type, query and judgments in: " + line);
		}
		Map<String, Integer> grades = new LinkedHashMap<>();
		for (String judgment : columns[2].trim().split(" +")) {
			String[] refAndGrade = judgment.split(":");
			int grade = Integer.parseInt(refAndGrade[1]);
			if (grade < 1 || grade > 3 || grades.put(refAndGrade[0], grade) != null) {
				throw new IllegalArgumentException("Bad or repeated judgment " + judgment + " in: " + line);
			}
		}
		String twin = columns.length > 3 && !columns[3].isBlank() ? columns[3].trim() : null;
		return new JudgedQuery(columns[0].trim(), columns[1].trim(), grades, twin);
	}

}
