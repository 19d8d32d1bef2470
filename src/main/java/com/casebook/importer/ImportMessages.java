package com.casebook.importer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the problems of a line in the language of the person importing (the request's
 * locale; outside a request, the default bundle).
 */
@Component
class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	ImportReport.LineError lineError(int line, String code, Object... arguments) {
		return new ImportReport.LineError(line,
				this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale()));
	}

	ImportReport.LineError lineError(int line, InvalidRecordException problem) {
		return lineError(line, problem.code(), problem.arguments());
	}

}
