package com.casebook.importer;

/** Told how far a running import is, after each committed batch. */
@FunctionalInterface
interface ImportProgress {

	ImportProgress NONE = (done, total) -> {
	};

	void advanced(int done, int total);

}
