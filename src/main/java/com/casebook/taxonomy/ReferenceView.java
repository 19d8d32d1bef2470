package com.casebook.taxonomy;

import java.util.Locale;

public record ReferenceView(long id, ReferenceKind kind, String code, LocalizedName name, boolean active) {

	public String nameIn(Locale locale) {
		return this.name.in(locale);
	}

}
