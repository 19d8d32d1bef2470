package com.casebook.user.web;

import com.casebook.user.ApiTokens;
import com.casebook.user.ApiTokens.NewToken;
import com.casebook.user.ApiTokens.TokenView;
import com.casebook.user.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Personal API tokens in the pages: each person makes and revokes theirs on their
 * profile; admins list and revoke everyone's.
 */
@Controller
class ApiTokensController {

	static final int PAGE_SIZE = 20;

	private final ApiTokens tokens;

	ApiTokensController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (!ApiTokenApiController.TokenRequest.valid(name)) {
			redirect.addFlashAttribute("tokenProblem", "tokens.error.name");
			redirect.addFlashAttribute("tokenName", name);
			redirect.addFlashAttribute("tokenNameLimit", ApiTokens.MAX_NAME);
		}
		else {
			NewToken token = this.tokens.create(user.getId(), name);
			redirect.addFlashAttribute("newToken", token);
		}
		return profileOf(user);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(defaultValue = "false") boolean admin,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.tokens.revoke(id, user);
		redirect.addFlashAttribute("tokenNotice", "tokens.revoked");
		return admin ? "redirect:/admin/tokens" : profileOf(user);
	}

	@GetMapping("/admin/tokens")
	String all(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<TokenView> tokens = this.tokens.page(page, PAGE_SIZE);
		PagedList.addTo(model, "tokens", tokens);
		return "user/admin-tokens";
	}

	private static String profileOf(CurrentUser user) {
		return "redirect:/people/" + UriUtils.encodePathSegment(user.getUsername(), "UTF-8") + "#api-tokens";
	}

}
