package com.casebook.taxonomy;

import java.util.Map;

/**
 * An admin changed the category tree: created, renamed, moved, reordered, merged or
 * deleted a category.
 */
public record CategoryChanged(String action, long categoryId, Map<String, Object> before, Map<String, Object> after) {
}
