package com.casebook.points.web;

import jakarta.servlet.http.HttpServletRequest;

import com.casebook.points.PointsLedger;
import com.casebook.user.CurrentUser;
import com.casebook.user.HeaderFigure;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in person's balance, shown next to their name in the header on every page.
 */
@ControllerAdvice
class PointsAdvice {

	private final PointsLedger ledger;

	PointsAdvice(PointsLedger ledger) {
		this.ledger = ledger;
	}

	@ModelAttribute("myPoints")
	Object myPoints(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		return user == null ? null : HeaderFigure.of(request, () -> this.ledger.balanceForHeader(user.getId()));
	}

}
