package com.casebook.taxonomy;

import java.util.Locale;

/**
 * One entry of a reference list as other modules read it; {@code direction} is set for
 * KPIs only.
 */
public record ReferenceView(long id, ReferenceKind kind, String code, LocalizedName name, boolean active,
		KpiDirection direction) {

	/**
	 * Which way is better; a KPI the admin has not decided on counts a rise as better.
	 */
	public KpiDirection better() {
		return this.direction == null ? KpiDirection.HIGHER : this.direction;
	}

	public String nameIn(Locale locale) {
		return this.name.in(locale);
	}

}
