package com.casebook.search.semantic;

/**
 * The two embeddings of a scenario: its content (title, situation, actions), which
 * related scenarios, duplicates and similar-while-writing compare, and its names (title
 * and the Chinese names it is filed under), which only the search's semantic leg adds:
 * colloquial queries find a scenario by its names where its content is long or in English
 * (measured: docs/search.md, "Which text to embed").
 */
enum VectorKind {

	CONTENT("content", "embedding"), NAMES("names", "embedding_names");

	private final String column;

	private final String field;

	VectorKind(String column, String field) {
		this.column = column;
		this.field = field;
	}

	/** The value of {@code scenario_embedding.kind}. */
	String column() {
		return this.column;
	}

	/** The vector field in the index. */
	String field() {
		return this.field;
	}

	static VectorKind of(String column) {
		for (VectorKind kind : values()) {
			if (kind.column.equals(column)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown embedding kind " + column);
	}

}
