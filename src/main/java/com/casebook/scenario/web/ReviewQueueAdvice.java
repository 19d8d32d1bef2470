package com.casebook.scenario.web;

import jakarta.servlet.http.HttpServletRequest;

import com.casebook.scenario.ReviewQueue;
import com.casebook.user.CurrentUser;
import com.casebook.user.HeaderFigure;
import com.casebook.user.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of submissions waiting, shown in the editors' navigation on every page.
 */
@ControllerAdvice
class ReviewQueueAdvice {

	private final ReviewQueue queue;

	ReviewQueueAdvice(ReviewQueue queue) {
		this.queue = queue;
	}

	@ModelAttribute("reviewQueueCount")
	Object reviewQueueCount(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		return (user != null && user.has(Role.EDITOR)) ? HeaderFigure.of(request, this.queue::countForHeader) : null;
	}

}
