package com.casebook.search;

import java.util.Comparator;
import java.util.stream.Collectors;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.Solution;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes which state of the database a document was built from: the scenario's
 * {@code @Version} and the id and version of every solution, since a solution's own edit
 * leaves the scenario's version alone. {@link IndexConsistency} compares both with the
 * database at start-up.
 */
class IndexedVersionsBinder implements TypeBinder {

	static final String VERSION = "version";

	static final String SOLUTION_VERSIONS = "solutionVersions";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("version").use("solutions.version");
		IndexFieldReference<Long> version = context.indexSchemaElement()
			.field(VERSION, f -> f.asLong().projectable(Projectable.YES))
			.toReference();
		IndexFieldReference<String> solutionVersions = context.indexSchemaElement()
			.field(SOLUTION_VERSIONS, f -> f.asString().projectable(Projectable.YES))
			.toReference();
		context.bridge(Scenario.class, new Bridge(version, solutionVersions));
	}

	/**
	 * The solutions' part of the fingerprint, in the same form as the database side
	 * computes it.
	 */
	static String solutionsFingerprint(Iterable<long[]> idAndVersion) {
		StringBuilder text = new StringBuilder();
		for (long[] solution : idAndVersion) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(solution[0]).append(':').append(solution[1]);
		}
		return text.toString();
	}

	private record Bridge(IndexFieldReference<Long> version,
			IndexFieldReference<String> solutionVersions) implements TypeBridge<Scenario> {

		@Override
		public void write(DocumentElement target, Scenario scenario, TypeBridgeWriteContext context) {
			target.addValue(this.version, scenario.getVersion());
			target.addValue(this.solutionVersions,
					solutionsFingerprint(scenario.getAllSolutions()
						.stream()
						.sorted(Comparator.comparing(Solution::getId))
						.map(solution -> new long[] { solution.getId(), solution.getVersion() })
						.collect(Collectors.toList())));
		}

	}

}
