package com.casebook.search;

import java.util.ArrayList;
import java.util.List;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.Solution;
import com.casebook.search.analysis.AnalyzerNames;
import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.Taxonomy;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts what a scenario is filed under into its document: the names (tags in both
 * languages with their synonyms, the category path, channel, business line, KPIs) as
 * searchable text, and the ids as facet keys (a category counts for every ancestor too,
 * so a parent's facet covers its subtree). A scenario holds these by id, so the names
 * come from the taxonomy's in-memory snapshot. The taxonomy is looked up lazily: the
 * index mapping is built while the persistence unit starts, before the taxonomy's
 * repositories exist.
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
			.use("tagIds")
			.use("solutions.adopted");
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
		Facets facets = new Facets(context);
		context.bridge(Scenario.class, new Bridge(this.taxonomy, labels, bigrams, english, facets));
	}

	private record Bridge(ObjectProvider<Taxonomy> taxonomy, IndexFieldReference<String> labels,
			IndexFieldReference<String> bigrams, IndexFieldReference<String> english,
			Facets facets) implements TypeBridge<Scenario> {

		@Override
		public void write(DocumentElement target, Scenario scenario, TypeBridgeWriteContext context) {
			for (String name : names(this.taxonomy.getObject(), scenario)) {
				target.addValue(this.labels, name);
				target.addValue(this.bigrams, name);
				target.addValue(this.english, name);
			}
			this.facets.write(target, this.taxonomy.getObject(), scenario);
		}

		static List<String> names(Taxonomy taxonomy, Scenario scenario) {
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

	/**
	 * The keyword fields behind the facets of the search page, one per
	 * {@link SearchFacet}.
	 */
	private static final class Facets {

		private final IndexFieldReference<Long> tag;

		private final IndexFieldReference<Long> category;

		private final IndexFieldReference<Long> channel;

		private final IndexFieldReference<Long> businessLine;

		private final IndexFieldReference<Long> kpi;

		private final IndexFieldReference<Boolean> adopted;

		Facets(TypeBindingContext context) {
			this.tag = idField(context, SearchFacet.TAG);
			this.category = idField(context, SearchFacet.CATEGORY);
			this.channel = idField(context, SearchFacet.CHANNEL);
			this.businessLine = idField(context, SearchFacet.BUSINESS_LINE);
			this.kpi = idField(context, SearchFacet.KPI);
			this.adopted = context.indexSchemaElement()
				.field(SearchFacet.ADOPTED.field(),
						f -> f.asBoolean().aggregable(Aggregable.YES).projectable(Projectable.YES))
				.toReference();
		}

		private static IndexFieldReference<Long> idField(TypeBindingContext context, SearchFacet facet) {
			return context.indexSchemaElement()
				.field(facet.field(), f -> f.asLong().aggregable(Aggregable.YES).projectable(Projectable.YES))
				.multiValued()
				.toReference();
		}

		void write(DocumentElement target, Taxonomy taxonomy, Scenario scenario) {
			scenario.getTagIds().forEach(id -> target.addValue(this.tag, id));
			for (Long id = scenario.getCategoryId(); id != null;) {
				target.addValue(this.category, id);
				id = taxonomy.category(id).map(CategoryView::parentId).orElse(null);
			}
			addIfPresent(target, this.channel, scenario.getChannelId());
			addIfPresent(target, this.businessLine, scenario.getBusinessLineId());
			scenario.getKpiIds().forEach(id -> target.addValue(this.kpi, id));
			target.addValue(this.adopted, scenario.getSolutions().stream().anyMatch(Solution::isAdopted));
		}

		private static void addIfPresent(DocumentElement target, IndexFieldReference<Long> field, Long id) {
			if (id != null) {
				target.addValue(field, id);
			}
		}

	}

}
