package com.casebook.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curating the tag vocabulary: admins create, edit, merge and retire tags; editors
 * approve the tags managers propose. Every change that alters the names scenarios are
 * found by announces {@link LabelsChanged}, so the search index follows at once.
 * <p>
 * The taxonomy owns tags, not scenarios: a merge announces
 * {@link VocabularyMerges.TagsMerged} and the scenario module retags its scenarios in
 * this transaction; counts of tagged scenarios come from {@link FiledScenarios}.
 */
@Service
public class TagCuration {

	private final TagRepository tags;

	private final Taxonomy taxonomy;

	private final FiledScenarios filed;

	private final ApplicationEventPublisher events;

	TagCuration(TagRepository tags, Taxonomy taxonomy, FiledScenarios filed, ApplicationEventPublisher events) {
		this.tags = tags;
		this.taxonomy = taxonomy;
		this.filed = filed;
		this.events = events;
	}

	/** What an admin writes about a tag. */
	public record TagFields(String nameZh, String nameEn, String description, String group, Set<String> synonyms) {

		/**
		 * A tag as people type it, in an import or a proposal: one name, or both as
		 * {@code 中文|English}. A single name without Chinese characters is the English
		 * one.
		 */
		public static TagFields named(String text) {
			int bar = text.indexOf('|');
			if (bar >= 0) {
				return new TagFields(text.substring(0, bar).strip(), text.substring(bar + 1).strip(), null, null,
						Set.of());
			}
			// below the CJK radicals block: Latin, digits and punctuation
			boolean latin = text.chars().allMatch(c -> c < 0x2E80);
			return latin ? new TagFields(null, text.strip(), null, null, Set.of())
					: new TagFields(text.strip(), null, null, null, Set.of());
		}

	}

	@Transactional
	public long create(TagFields fields) {
		requireUnused(fields, null);
		Tag tag = new Tag(fields.nameZh(), fields.nameEn(), TagStatus.ACTIVE);
		tag.edit(fields.nameZh(), fields.nameEn(), fields.description(), fields.group(), fields.synonyms());
		long id = this.tags.save(tag).getId();
		this.taxonomy.refreshNow();
		this.events.publishEvent(new TagChanged("created", id, Map.of(), describe(tag)));
		return id;
	}

	@Transactional
	public void edit(long id, TagFields fields) {
		requireUnused(fields, id);
		Tag tag = load(id);
		Map<String, Object> before = describe(tag);
		tag.edit(fields.nameZh(), fields.nameEn(), fields.description(), fields.group(), fields.synonyms());
		changed(Set.of(id));
		this.events.publishEvent(new TagChanged("edited", id, before, describe(tag)));
	}

	/**
	 * Merges tag {@code sourceId} into {@code targetId} in one transaction: every
	 * scenario tagged with the source is tagged with the target instead, and the source's
	 * names become synonyms of the target, so a search for an old name still finds the
	 * scenarios.
	 */
	@Transactional
	public int merge(long sourceId, long targetId, long curatorId) {
		Tag source = load(sourceId);
		Tag target = load(targetId);
		Map<String, Object> before = Map.of("source", describe(source), "target", describe(target));
		source.mergeInto(target);
		int retagged = (int) this.filed.countToRetag(sourceId, targetId);
		this.tags.flush();
		this.events.publishEvent(new VocabularyMerges.TagsMerged(sourceId, targetId,
				new LocalizedName(source.getNameZh(), source.getNameEn()),
				new LocalizedName(target.getNameZh(), target.getNameEn()), curatorId));
		changed(Set.of(sourceId, targetId));
		this.events.publishEvent(
				new TagChanged("merged", sourceId, before, Map.of("target", describe(target), "retagged", retagged)));
		return retagged;
	}

	@Transactional
	public void retire(long id) {
		setStatus(id, TagStatus.RETIRED, "retired");
	}

	/** Brings a retired tag back, or approves a proposed one. */
	@Transactional
	public void activate(long id) {
		setStatus(id, TagStatus.ACTIVE, "activated");
	}

	private void setStatus(long id, TagStatus status, String action) {
		Tag tag = load(id);
		TagStatus before = tag.getStatus();
		tag.setStatus(status);
		changed(Set.of(id));
		this.events
			.publishEvent(new TagChanged(action, id, Map.of("status", before.name()), Map.of("status", status.name())));
	}

	private static Map<String, Object> describe(Tag tag) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("nameZh", tag.getNameZh());
		fields.put("nameEn", tag.getNameEn());
		fields.put("group", tag.getGroup());
		fields.put("description", tag.getDescription());
		fields.put("synonyms", List.copyOf(tag.getSynonyms()));
		fields.put("status", tag.getStatus().name());
		return fields;
	}

	/** How many published scenarios carry each tag. */
	@Transactional(readOnly = true)
	public Map<Long, Long> usage() {
		return this.filed.publishedCountsByTag();
	}

	private void requireUnused(TagFields fields, Long self) {
		for (String name : new String[] { fields.nameZh(), fields.nameEn() }) {
			if (name == null || name.isBlank()) {
				continue;
			}
			this.taxonomy.allTags()
				.stream()
				.filter(t -> t.status() != TagStatus.MERGED && (self == null || t.id() != self))
				.filter(t -> t.name().matches(name.strip()))
				.findFirst()
				.ifPresent(t -> {
					throw new DuplicateTagNameException(name.strip());
				});
		}
	}

	private void changed(Set<Long> ids) {
		this.tags.flush();
		this.taxonomy.refreshNow();
		this.events.publishEvent(new LabelsChanged(LabelsChanged.Kind.TAG, ids));
	}

	private Tag load(long id) {
		return this.tags.findById(id).orElseThrow(() -> new IllegalArgumentException("No tag " + id));
	}

	/** Another live tag already has this name. */
	public static class DuplicateTagNameException extends RuntimeException {

		private final String name;

		DuplicateTagNameException(String name) {
			super("A tag named " + name + " exists");
			this.name = name;
		}

		public String name() {
			return this.name;
		}

	}

}
