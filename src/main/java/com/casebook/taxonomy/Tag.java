package com.casebook.taxonomy;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

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

	@Version
	private long version;

	protected Tag() {
	}

	public Tag(String nameZh, String nameEn, TagStatus status) {
		if ((nameZh == null || nameZh.isBlank()) && (nameEn == null || nameEn.isBlank())) {
			throw new IllegalArgumentException("A tag needs a Chinese or an English name");
		}
		this.nameZh = blankToNull(nameZh);
		this.nameEn = blankToNull(nameEn);
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

}
