package com.casebook.taxonomy;

import java.util.Map;

/**
 * A curator changed the tag vocabulary: created, edited, merged, retired or activated a
 * tag.
 */
public record TagChanged(String action, long tagId, Map<String, Object> before, Map<String, Object> after) {
}
