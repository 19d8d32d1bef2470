package com.casebook.taxonomy;

import java.util.Set;

/**
 * The names scenarios are filed under changed (renamed, merged, synonyms edited), so
 * whatever copied them, such as the search index, must refresh the scenarios filed under
 * these ids. Published inside the changing transaction; the taxonomy already answers with
 * the new names.
 */
public record LabelsChanged(Kind kind, Set<Long> ids) {

	public enum Kind {

		/** A channel, business line or KPI. */
		REFERENCE,
		/**
		 * Categories: a category's path is part of every subcategory's name, so ids
		 * include them.
		 */
		CATEGORY, TAG

	}

}
