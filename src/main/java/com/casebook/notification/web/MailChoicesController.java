package com.casebook.notification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.casebook.notification.MailChoices;
import com.casebook.notification.MailChoices.Kind;
import com.casebook.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The profile's "e-mail me about" section: which kinds of notification are e-mailed. */
@Controller
class MailChoicesController {

	private final MailChoices choices;

	MailChoicesController(MailChoices choices) {
		this.choices = choices;
	}

	/** One kind as the profile shows it: its name and whether it is e-mailed. */
	record Choice(String kind, boolean mailed) {
	}

	static List<Choice> choices(Set<Kind> mailed) {
		return Arrays.stream(Kind.values()).map(kind -> new Choice(kind.name(), mailed.contains(kind))).toList();
	}

	@PostMapping("/account/mail")
	String choose(@RequestParam(name = "kind", required = false) List<Kind> mailed,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		// no box ticked sends no parameter at all: nothing is e-mailed
		this.choices.choose(user.getId(), mailed == null ? List.of() : mailed);
		redirect.addFlashAttribute("mailNotice", "mail.choices.saved");
		return "redirect:/people/" + UriUtils.encodePathSegment(user.getUsername(), "UTF-8") + "#mail-choices";
	}

}
