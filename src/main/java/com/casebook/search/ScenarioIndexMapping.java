package com.casebook.search;

import java.util.List;

import com.casebook.scenario.MeasurementChecks;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.Solution;
import com.casebook.search.analysis.AnalyzerNames;
import com.casebook.search.semantic.ScenarioVectorField;
import com.casebook.search.semantic.ScenarioVectors;
import com.casebook.taxonomy.Taxonomy;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How a scenario becomes a Lucene document. Mapped programmatically so that the scenario
 * module stays free of search concerns. Each text is indexed three ways: Chinese words
 * (smartcn, after folding Traditional to Simplified), CJK bigrams (for words the
 * segmenter splits wrongly) and English (stemmed). Only the texts a hit shows highlighted
 * (title, situation, actions) are stored with term vectors for the fast-vector
 * highlighter; effect and prevention are only searched, so they keep neither (less for a
 * rebuild to write; scores do not change, as neither plays a part in them).
 * <p>
 * Bump {@link #VERSION} whenever this mapping or the analysis changes: the index is then
 * rebuilt on the next start.
 */
@Component("scenarioIndexMapping")
public class ScenarioIndexMapping implements HibernateOrmSearchMappingConfigurer {

	public static final String INDEX = "scenario";

	static final int VERSION = 10;

	private final ObjectProvider<Taxonomy> taxonomy;

	private final ObjectProvider<ScenarioVectors> vectors;

	private final ObjectProvider<MeasurementChecks> checks;

	private final SearchBackend backend;

	ScenarioIndexMapping(ObjectProvider<Taxonomy> taxonomy, ObjectProvider<ScenarioVectors> vectors,
			ObjectProvider<MeasurementChecks> checks, SearchBackend backend) {
		this.checks = checks;
		this.taxonomy = taxonomy;
		this.vectors = vectors;
		this.backend = backend;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		TypeMappingStep scenario = mapping.type(Scenario.class);
		scenario.indexed().index(INDEX);
		scenario.binder(new TaxonomyLabelsBinder(this.taxonomy));
		scenario.binder(new IndexedVersionsBinder());
		scenario.binder(new MeasuredEffectsBinder(this.checks));
		if (this.backend.vectors()) {
			// an OpenSearch cluster without the k-NN plugin has no vector fields
			scenario.binder(new ScenarioVectorField(this.vectors));
		}
		multilingual(scenario.property("title"), "title");
		scenario.property("title").keywordField("title_sort").normalizer(AnalyzerNames.SORT).sortable(Sortable.YES);
		multilingual(scenario.property("situation"), "situation");
		scenario.property("status").keywordField("status");
		scenario.property("updatedAt").genericField("updatedAt").sortable(Sortable.YES);
		scenario.property("publishedAt").genericField("publishedAt").sortable(Sortable.YES);
		scenario.property("appliedCount")
			.genericField("appliedCount")
			.sortable(Sortable.YES)
			.projectable(Projectable.YES);
		scenario.property("solutions").indexedEmbedded("solutions");

		TypeMappingStep solution = mapping.type(Solution.class);
		multilingual(solution.property("actions"), "actions");
		searchedOnly(solution.property("effect"), "effect");
		searchedOnly(solution.property("prevention"), "prevention");
	}

	/** A text that search results show, highlighted: stored, with term vectors. */
	private static void multilingual(PropertyMappingStep property, String name) {
		property.fullTextField(name)
			.analyzer(AnalyzerNames.CHINESE)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.ANY))
			.termVector(TermVector.WITH_POSITIONS_OFFSETS);
		otherAnalyses(property, name);
	}

	/**
	 * A text that is searched but never shown from the index (nothing projects or
	 * highlights it): not stored, no term vectors.
	 */
	private static void searchedOnly(PropertyMappingStep property, String name) {
		property.fullTextField(name).analyzer(AnalyzerNames.CHINESE);
		otherAnalyses(property, name);
	}

	private static void otherAnalyses(PropertyMappingStep property, String name) {
		property.fullTextField(name + "_bigram").analyzer(AnalyzerNames.CJK_BIGRAM);
		property.fullTextField(name + "_en").analyzer(AnalyzerNames.ENGLISH);
	}

}
