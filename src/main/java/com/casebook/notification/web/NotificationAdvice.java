package com.casebook.notification.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import com.casebook.notification.Notifications;
import com.casebook.notification.Watches;
import com.casebook.user.CurrentUser;
import com.casebook.user.HeaderFigure;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs from notifications: the bell's unread count, and on a scenario or
 * tag page whether the reader watches it (for the watch button).
 */
@ControllerAdvice
class NotificationAdvice {

	private static final Pattern WATCHABLE = Pattern.compile("^/(scenarios|tags)/(\\d+)$");

	private final Notifications notifications;

	private final Watches watches;

	NotificationAdvice(Notifications notifications, Watches watches) {
		this.notifications = notifications;
		this.watches = watches;
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

}
