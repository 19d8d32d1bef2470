package com.casebook.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A node of the category tree; {@code parentId} is null for top-level categories.
 */
@Entity
public class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long parentId;

	@Column(nullable = false)
	private String nameZh;

	@Column(nullable = false)
	private String nameEn;

	private int position;

	private Integer reviewIntervalDays;

	@Version
	private long version;

	protected Category() {
	}

	public Category(Long parentId, String nameZh, String nameEn, int position) {
		this.parentId = parentId;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public int getPosition() {
		return this.position;
	}

	public Integer getReviewIntervalDays() {
		return this.reviewIntervalDays;
	}

	void rename(String nameZh, String nameEn) {
		LabelNames names = LabelNames.of(nameZh, nameEn, Taxonomy.MAX_NAME);
		this.nameZh = names.zhOrEn();
		this.nameEn = names.enOrZh();
	}

	void moveTo(Long parentId, int position) {
		this.parentId = parentId;
		this.position = position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	void setReviewIntervalDays(Integer days) {
		this.reviewIntervalDays = days;
	}

}
