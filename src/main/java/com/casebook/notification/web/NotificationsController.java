package com.casebook.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.casebook.notification.Notifications;
import com.casebook.notification.Watches;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.user.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification list, opening one, and watching or unwatching a scenario or tag. */
@Controller
class NotificationsController {

	private static final int SHOWN = 100;

	private final Notifications notifications;

	private final Watches watches;

	private final MessageSource messages;

	private final ScenarioCatalogue catalogue;

	NotificationsController(Notifications notifications, Watches watches, MessageSource messages,
			ScenarioCatalogue catalogue) {
		this.notifications = notifications;
		this.watches = watches;
		this.messages = messages;
		this.catalogue = catalogue;
	}

	/** A notification as read: its text in the reader's language. */
	record Shown(long id, String text, Instant at, boolean unread) {
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		List<Shown> shown = this.notifications.of(user.getId(), SHOWN)
			.stream()
			.map(n -> new Shown(n.id(), text(n, locale), n.createdAt(), n.isUnread()))
			.toList();
		model.addAttribute("notifications", shown);
		return "notification/list";
	}

	private String text(Notifications.Notification n, Locale locale) {
		Object[] args = n.arguments();
		if ("points".equals(n.type()) && args.length > 1) {
			args[1] = this.messages.getMessage("points.reason." + args[1], null, String.valueOf(args[1]), locale);
		}
		return this.messages.getMessage(n.messageKey(), args, n.type(), locale);
	}

	@GetMapping("/notifications/{id}/open")
	String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		String link = this.notifications.open(id, user.getId());
		return "redirect:" + (link.startsWith("/") ? link : "/notifications");
	}

	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal CurrentUser user) {
		this.notifications.readAll(user.getId());
		return "redirect:/notifications";
	}

	@PostMapping("/watches/{target}/{id}")
	String toggle(@PathVariable String target, @PathVariable long id, @RequestParam boolean watch,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Watches.Target kind = "tags".equals(target) ? Watches.Target.TAG : Watches.Target.SCENARIO;
		// watching someone's private draft would reveal it exists: the same 404 as
		// opening it
		if (watch && kind == Watches.Target.SCENARIO && !this.catalogue.isVisibleTo(id, user)) {
			throw new ScenarioNotFoundException(id);
		}
		if (watch) {
			this.watches.watch(user.getId(), kind, id);
		}
		else {
			this.watches.unwatch(user.getId(), kind, id);
		}
		redirect.addFlashAttribute("notice", watch ? "watch.on" : "watch.off");
		return "redirect:/" + (kind == Watches.Target.TAG ? "tags" : "scenarios") + "/" + id;
	}

}
