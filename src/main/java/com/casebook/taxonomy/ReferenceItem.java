package com.casebook.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One entry of a reference list (a channel, a business line or a KPI).
 */
@Entity
public class ReferenceItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ReferenceKind kind;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String nameZh;

	@Column(nullable = false)
	private String nameEn;

	private int position;

	private boolean active = true;

	/** Only KPIs have one. */
	@Enumerated(EnumType.STRING)
	private KpiDirection direction;

	@Version
	private long version;

	protected ReferenceItem() {
	}

	public ReferenceItem(ReferenceKind kind, String code, String nameZh, String nameEn, int position) {
		this.kind = kind;
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.position = position;
	}

	public void rename(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	/**
	 * Hidden entries stay on the scenarios that use them but are no longer offered in
	 * pickers.
	 */
	public void setActive(boolean active) {
		this.active = active;
	}

	/** Which way is better; KPIs only. */
	public void setDirection(KpiDirection direction) {
		if (this.kind != ReferenceKind.KPI) {
			throw new IllegalArgumentException("Only a KPI has a direction");
		}
		this.direction = direction;
	}

	public KpiDirection getDirection() {
		return this.direction;
	}

	public Long getId() {
		return this.id;
	}

	public ReferenceKind getKind() {
		return this.kind;
	}

	public String getCode() {
		return this.code;
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

	public boolean isActive() {
		return this.active;
	}

}
