package com.casebook.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;

/**
 * The UI languages: Simplified Chinese and English. The browser's preference picks one of
 * them until the person chooses with the language switch; Chinese when the browser states
 * no preference or only languages we do not have.
 */
final class SupportedLocales {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

	private SupportedLocales() {
	}

	static Locale bestFor(HttpServletRequest request) {
		// without the header the container reports its own default locale (English here),
		// which
		// is not a preference of the person
		if (!StringUtils.hasText(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
			return CHINESE;
		}
		var preferences = request.getLocales();
		while (preferences.hasMoreElements()) {
			Locale wanted = preferences.nextElement();
			if ("zh".equals(wanted.getLanguage())) {
				return CHINESE;
			}
			if ("en".equals(wanted.getLanguage())) {
				return ENGLISH;
			}
		}
		return CHINESE;
	}

	static Locale normalize(Locale chosen) {
		return (chosen != null && "en".equals(chosen.getLanguage())) ? ENGLISH : CHINESE;
	}

}
