package com.casebook.search;

import java.util.ArrayList;
import java.util.List;

import com.casebook.scenario.Scenario;
import com.casebook.search.analysis.AnalyzerNames;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.Taxonomy;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts the names a scenario is filed under into its document: tags (both languages and their
 * synonyms), the category path, channel, business line and KPIs. A scenario holds these by id, so
 * the names come from the taxonomy's in-memory snapshot. The taxonomy is looked up lazily: the
 * index mapping is built while the persistence unit starts, before the taxonomy's repositories
 * exist.
 */
class TaxonomyLabelsBinder implements TypeBinder {

	private final ObjectProvider<Taxonomy> taxonomy;

	TaxonomyLabelsBinder(ObjectProvider<Taxonomy> taxonomy) {
		this.taxonomy = taxonomy;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("categoryId")
			.use("channelId")
			.use("businessLineId")
			.use("kpiIds")
			.use("tagIds");
		IndexFieldReference<String> labels = context.indexSchemaElement()
			.field("labels", f -> f.asString().analyzer(AnalyzerNames.CHINESE))
			.multiValued()
			.toReference();
		IndexFieldReference<String> bigrams = context.indexSchemaElement()
			.field("labels_bigram", f -> f.asString().analyzer(AnalyzerNames.CJK_BIGRAM))
			.multiValued()
			.toReference();
		IndexFieldReference<String> english = context.indexSchemaElement()
			.field("labels_en", f -> f.asString().analyzer(AnalyzerNames.ENGLISH))
			.multiValued()
			.toReference();
		context.bridge(Scenario.class, new Bridge(this.taxonomy, labels, bigrams, english));
	}

	private record Bridge(ObjectProvider<Taxonomy> taxonomy, IndexFieldReference<String> labels,
			IndexFieldReference<String> bigrams, IndexFieldReference<String> english) implements TypeBridge<Scenario> {

		@Override
		public void write(DocumentElement target, Scenario scenario, TypeBridgeWriteContext context) {
			for (String name : names(this.taxonomy.getObject(), scenario)) {
				target.addValue(this.labels, name);
				target.addValue(this.bigrams, name);
				target.addValue(this.english, name);
			}
		}

		private static List<String> names(Taxonomy taxonomy, Scenario scenario) {
			List<String> names = new ArrayList<>();
			taxonomy.tags(scenario.getTagIds()).forEach(tag -> {
				names.add(tag.name().both());
				names.addAll(tag.synonyms());
			});
			taxonomy.category(scenario.getCategoryId())
				.ifPresent(category -> category.path().stream().map(LocalizedName::both).forEach(names::add));
			taxonomy.reference(scenario.getChannelId()).ifPresent(r -> names.add(r.name().both()));
			taxonomy.reference(scenario.getBusinessLineId()).ifPresent(r -> names.add(r.name().both()));
			taxonomy.references(scenario.getKpiIds()).forEach(r -> names.add(r.name().both()));
			return names;
		}

	}

}
