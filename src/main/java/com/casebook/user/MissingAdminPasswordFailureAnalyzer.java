package com.casebook.user;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set CASEBOOK_ADMIN_PASSWORD to the password of the first administrator (username 'admin'), "
						+ "or turn demo mode on with CASEBOOK_DEMO=true to get the demo accounts.",
				cause);
	}

}
