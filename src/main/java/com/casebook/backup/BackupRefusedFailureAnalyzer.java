package com.casebook.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class BackupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<BackupRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BackupRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"See docs/operations.md (Backups and restore). The restore command is: "
						+ "java -jar casebook.jar --restore=<file> [--force]",
				cause);
	}

}
