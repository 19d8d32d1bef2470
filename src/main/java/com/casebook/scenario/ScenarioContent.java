package com.casebook.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The template of a scenario, as written by a person: the one value object that the
 * aggregate stores, the forms and the importer build, and revisions, merge records and
 * exports serialize (as JSON). A new template field is added here first; see "Adding a
 * field to the template" in {@code docs/architecture.md}.
 * <p>
 * Built with {@link #builder()} or changed with {@link #toBuilder()}. Only the record
 * components are serialized, so helper methods here must not look like getters.
 */
public record ScenarioContent(String title, String situation, Long categoryId, Long channelId, Long businessLineId,
		Set<Long> kpiIds, Set<Long> tagIds, Frequency frequency, Severity severity) {

	/** The template's limits, shared by the form and the import. */
	public static final int MAX_TITLE = 200;

	public static final int MAX_SITUATION = 20000;

	public ScenarioContent {
		kpiIds = kpiIds == null ? Set.of() : Set.copyOf(kpiIds);
		tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().title(this.title)
			.situation(this.situation)
			.categoryId(this.categoryId)
			.channelId(this.channelId)
			.businessLineId(this.businessLineId)
			.kpiIds(this.kpiIds)
			.tagIds(this.tagIds)
			.frequency(this.frequency)
			.severity(this.severity);
	}

	/**
	 * The content as the scenario stores it: the title without surrounding spaces, a
	 * missing situation as empty text.
	 */
	public ScenarioContent normalized() {
		return toBuilder().title(this.title == null ? null : this.title.trim())
			.situation(this.situation == null ? "" : this.situation)
			.build();
	}

	/**
	 * What this content and {@code solutions} live solutions still lack to be ready for
	 * review (submitted, published or imported as such). See
	 * {@link #missingForReview(String, String, boolean, int)}.
	 */
	public List<TemplateField> missingForReview(int solutions) {
		return missingForReview(this.title, this.situation, this.categoryId != null, solutions);
	}

	/**
	 * The template's one rule for a scenario ready for review, used by the aggregate, the
	 * form and the importer: a title (required even in a draft), a situation, a category
	 * and at least one solution. Returns what is missing, in the template's order; the
	 * title's length is limited by {@link #MAX_TITLE} everywhere.
	 */
	public static List<TemplateField> missingForReview(String title, String situation, boolean categorised,
			int solutions) {
		List<TemplateField> missing = new ArrayList<>();
		if (blank(title)) {
			missing.add(TemplateField.TITLE);
		}
		if (blank(situation)) {
			missing.add(TemplateField.SITUATION);
		}
		if (!categorised) {
			missing.add(TemplateField.CATEGORY);
		}
		if (solutions < 1) {
			missing.add(TemplateField.SOLUTION);
		}
		return missing;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Builds a {@link ScenarioContent}; fields not set stay empty. */
	public static final class Builder {

		private String title;

		private String situation;

		private Long categoryId;

		private Long channelId;

		private Long businessLineId;

		private Set<Long> kpiIds = new LinkedHashSet<>();

		private Set<Long> tagIds = new LinkedHashSet<>();

		private Frequency frequency;

		private Severity severity;

		private Builder() {
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder situation(String situation) {
			this.situation = situation;
			return this;
		}

		public Builder categoryId(Long categoryId) {
			this.categoryId = categoryId;
			return this;
		}

		public Builder channelId(Long channelId) {
			this.channelId = channelId;
			return this;
		}

		public Builder businessLineId(Long businessLineId) {
			this.businessLineId = businessLineId;
			return this;
		}

		public Builder kpiIds(Set<Long> kpiIds) {
			this.kpiIds = kpiIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(kpiIds);
			return this;
		}

		public Builder tagIds(Set<Long> tagIds) {
			this.tagIds = tagIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tagIds);
			return this;
		}

		public Builder frequency(Frequency frequency) {
			this.frequency = frequency;
			return this;
		}

		public Builder severity(Severity severity) {
			this.severity = severity;
			return this;
		}

		public ScenarioContent build() {
			return new ScenarioContent(this.title, this.situation, this.categoryId, this.channelId, this.businessLineId,
					this.kpiIds, this.tagIds, this.frequency, this.severity);
		}

	}

}
