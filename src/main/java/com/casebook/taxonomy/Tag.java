package com.casebook.taxonomy;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A term of the curated tag vocabulary. Invariant: it has at least one name (Chinese or
 * English).
 */
@Entity
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nameZh;

	private String nameEn;

	private String description;

	@Column(name = "tag_group")
	private String group;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TagStatus status = TagStatus.ACTIVE;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "tag_synonym", joinColumns = @JoinColumn(name = "tag_id"))
	@Column(name = "synonym")
	private Set<String> synonyms = new LinkedHashSet<>();

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private Long mergedIntoId;

	@Version
	private long version;

	protected Tag() {
	}

	public Tag(String nameZh, String nameEn, TagStatus status) {
		LabelNames names = LabelNames.of(nameZh, nameEn, Taxonomy.MAX_TAG_NAME);
		this.nameZh = names.zh();
		this.nameEn = names.en();
		this.status = status;
		this.createdAt = Instant.now();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Long getId() {
		return this.id;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getDescription() {
		return this.description;
	}

	public String getGroup() {
		return this.group;
	}

	public TagStatus getStatus() {
		return this.status;
	}

	public Set<String> getSynonyms() {
		return Set.copyOf(this.synonyms);
	}

	public Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	/** An admin's edit of the names, description, group and synonyms. */
	void edit(String nameZh, String nameEn, String description, String group, Set<String> synonyms) {
		LabelNames names = LabelNames.of(nameZh, nameEn, Taxonomy.MAX_TAG_NAME);
		this.nameZh = names.zh();
		this.nameEn = names.en();
		this.description = blankToNull(description);
		this.group = blankToNull(group);
		this.synonyms.clear();
		synonyms.stream()
			.map(synonym -> LabelNames.fitting(synonym, Taxonomy.MAX_TAG_NAME))
			.filter(Objects::nonNull)
			.forEach(this.synonyms::add);
		this.synonyms.remove(this.nameZh);
		this.synonyms.remove(this.nameEn);
	}

	void setStatus(TagStatus status) {
		if (this.status == TagStatus.MERGED) {
			throw new IllegalStateException("A merged tag cannot change status");
		}
		this.status = status;
	}

	/** This tag goes into {@code target}: its names become the target's synonyms. */
	void mergeInto(Tag target) {
		if (target.getId().equals(this.id) || target.status == TagStatus.MERGED) {
			throw new IllegalArgumentException("A tag can only be merged into another live tag");
		}
		Stream.concat(Stream.of(this.nameZh, this.nameEn), this.synonyms.stream())
			.filter(Objects::nonNull)
			.filter(name -> !name.equalsIgnoreCase(target.nameZh == null ? "" : target.nameZh)
					&& !name.equalsIgnoreCase(target.nameEn == null ? "" : target.nameEn))
			.forEach(target.synonyms::add);
		this.status = TagStatus.MERGED;
		this.mergedIntoId = target.getId();
	}

}
