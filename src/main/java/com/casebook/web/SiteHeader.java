package com.casebook.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.casebook.user.CurrentUser;
import com.casebook.user.FigureCache;
import com.casebook.user.Role;

/**
 * The header of every page, rendered once per person, language, figures shown and search
 * words, then served ready-made: with the scenario page's body ready-made, the header's
 * role checks and links were most of what was left of its rendering. The layout calls it
 * with the figures its advices promised (they are worked out when it does).
 */
@Component
public class SiteHeader {

	/** About 5 KB each. */
	static final int KEPT = 1000;

	static final String TEMPLATE = "fragments/site-header";

	private final FigureCache<Key, String> rendered = new FigureCache<>(KEPT);

	private final RenderedFragments fragments;

	SiteHeader(RenderedFragments fragments) {
		this.fragments = fragments;
	}

	/**
	 * The header for the current request, its search box holding the words searched for
	 * (the first {@code q} of the address).
	 */
	public String html(Object reviewQueueCount, Object unreadNotifications, Object myPoints) {
		CurrentUser user = signedIn();
		String query = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
			.getParameter("q");
		Key key = new Key(LocaleContextHolder.getLocale(), user == null ? null : user.getUsername(),
				user == null ? null : user.getDisplayName(), user == null ? null : user.getRole(), reviewQueueCount,
				unreadNotifications, myPoints, query);
		String html = this.rendered.get(key, () -> this.fragments.render(TEMPLATE, (ExtendedModelMap model) -> {
			model.addAttribute("user", user);
			model.addAttribute("manager", user != null && user.has(Role.MANAGER));
			model.addAttribute("editor", user != null && user.has(Role.EDITOR));
			model.addAttribute("admin", user != null && user.has(Role.ADMIN));
			model.addAttribute("reviewQueueCount", reviewQueueCount);
			model.addAttribute("unreadNotifications", unreadNotifications);
			model.addAttribute("myPoints", myPoints);
			model.addAttribute("query", query);
		}));
		return this.fragments.withTokenOfThisRequest(html);
	}

	private static CurrentUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}

	private record Key(Locale locale, String username, String displayName, Role role, Object reviewQueueCount,
			Object unreadNotifications, Object myPoints, String query) {
	}

}
