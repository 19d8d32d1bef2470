package com.casebook.notification.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import com.casebook.notification.MailChoices;
import com.casebook.notification.Notifications;
import com.casebook.notification.Watches;
import com.casebook.user.CurrentUser;
import com.casebook.user.HeaderFigure;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * What every page needs from notifications: the bell's unread count, and on a scenario or
 * tag page whether the reader watches it (for the watch button), on one's own profile the
 * e-mail choices.
 */
@ControllerAdvice
class NotificationAdvice {

	private static final Pattern WATCHABLE = Pattern.compile("^/(scenarios|tags)/(\\d+)$");

	private static final Pattern PROFILE = Pattern.compile("^/people/([^/]+)$");

	private final Notifications notifications;

	private final Watches watches;

	private final MailChoices mailChoices;

	NotificationAdvice(Notifications notifications, Watches watches, MailChoices mailChoices) {
		this.notifications = notifications;
		this.watches = watches;
		this.mailChoices = mailChoices;
	}

	@ModelAttribute("unreadNotifications")
	Object unread(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		return user == null ? null : HeaderFigure.of(request, () -> this.notifications.unread(user.getId()));
	}

	@ModelAttribute("watching")
	Object watching(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		Matcher matcher = WATCHABLE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (user == null || !matcher.matches()) {
			return null;
		}
		Watches.Target target = "tags".equals(matcher.group(1)) ? Watches.Target.TAG : Watches.Target.SCENARIO;
		long id = Long.parseLong(matcher.group(2));
		return HeaderFigure.of(request, () -> this.watches.watches(user.getId(), target, id));
	}

	/**
	 * On the person's own profile, the kinds of notification they receive by e-mail (the
	 * profile belongs to the points module, which knows nothing of notifications).
	 */
	@ModelAttribute("mailChoices")
	Object mailChoices(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		Matcher matcher = PROFILE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (user == null || !matcher.matches()
				|| !UriUtils.decode(matcher.group(1), StandardCharsets.UTF_8).equals(user.getUsername())) {
			return null;
		}
		return HeaderFigure.of(request, () -> MailChoicesController.choices(this.mailChoices.mailedTo(user.getId())));
	}

}
