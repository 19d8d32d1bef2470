package com.casebook.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack trace with the folder and the fix. */
class EmbeddedPostgresUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresUnreachableException cause) {
		return new FailureAnalysis(cause.problem(), cause.fix(), cause);
	}

}
