package com.casebook.revision;

import java.util.List;

/**
 * Two revisions of the same text and their field-by-field differences.
 */
public record RevisionComparison(RevisionEntry from, RevisionEntry to, List<FieldDiff> fields) {
}
