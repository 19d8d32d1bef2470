package com.casebook.user.web;

import java.util.Locale;

import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The language chosen on one's profile: stored for e-mails, and the pages switch to it
 * too (the redirect carries {@code lang}, which sets the language cookie).
 */
@Controller
class LanguageController {

	private final UserDirectory directory;

	LanguageController(UserDirectory directory) {
		this.directory = directory;
	}

	@PostMapping("/account/language")
	String choose(@RequestParam(defaultValue = "") String language, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (!UserDirectory.LANGUAGES.contains(language)) {
			// only a hand-made request gets here: the form offers nothing else
			throw new IllegalArgumentException("Unsupported language: " + language);
		}
		this.directory.rememberLanguage(user.getId(), Locale.forLanguageTag(language));
		redirect.addFlashAttribute("languageNotice", "profile.language.saved");
		return "redirect:/people/" + UriUtils.encodePathSegment(user.getUsername(), "UTF-8") + "?lang="
				+ language.replace('-', '_') + "#language";
	}

}
