package com.casebook.search;

import java.util.Set;

import com.casebook.scenario.MeasurementChecks;
import com.casebook.scenario.Scenario;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Files a scenario under the KPIs one of its solutions measurably improves (the
 * {@link SearchFacet#IMPROVES} facet), from the trusted measurements
 * ({@link MeasurementChecks#improvedKpis}): read from the database when the document is
 * written, like the vector. The figures change with the solutions' text (their version)
 * and with "I applied this" (the applied count); an editor's confirmation of an outlier
 * changes neither, so {@link MeasuredEffectReindexing} writes the document again.
 */
class MeasuredEffectsBinder implements TypeBinder {

	private final ObjectProvider<MeasurementChecks> checks;

	MeasuredEffectsBinder(ObjectProvider<MeasurementChecks> checks) {
		this.checks = checks;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("appliedCount").use("solutions.version").use("solutions.mergedIntoId");
		IndexFieldReference<Long> improves = context.indexSchemaElement()
			.field(SearchFacet.IMPROVES.field(),
					f -> f.asLong().aggregable(Aggregable.YES).projectable(Projectable.YES))
			.multiValued()
			.toReference();
		context.bridge(Scenario.class, new Bridge(this.checks, improves));
	}

	private record Bridge(ObjectProvider<MeasurementChecks> checks,
			IndexFieldReference<Long> improves) implements TypeBridge<Scenario> {

		@Override
		public void write(DocumentElement target, Scenario scenario, TypeBridgeWriteContext context) {
			MeasurementChecks checks = this.checks.getIfAvailable();
			if (checks == null || scenario.getId() == null) {
				return;
			}
			MassIndexingBatch
				.of("improved-kpis", scenario, context, checks::improvedKpis, Set.<Long>of(), checks::improvedKpis)
				.forEach(kpi -> target.addValue(this.improves, kpi));
		}

	}

}
