package com.casebook.user.web;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;
import com.casebook.user.UserAccount;
import com.casebook.user.UserAdministration;
import com.casebook.user.UserAdministration.AccountRuleViolation;
import com.casebook.user.UserAdministration.NewAccount;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final int PAGE_SIZE = 20;

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@InitBinder
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<UserAccount> users = this.administration.page(page, PAGE_SIZE);
		PagedList.addTo(model, "users", users);
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", new AccountForm());
		}
		return "user/admin-users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.create(new NewAccount(form.getUsername(), form.getDisplayName(), form.getPassword(),
						form.getRole(), form.getTeam()));
				redirect.addFlashAttribute("notice", "user.notice.created");
				return "redirect:/admin/users";
			}
			catch (AccountRuleViolation violation) {
				result.rejectValue(violation.field(), violation.messageKey());
			}
		}
		return list(0, model);
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		return act(redirect, () -> this.administration.changeRole(id, role, admin.getId()), "user.notice.role-changed");
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		return act(redirect, () -> this.administration.setEnabled(id, enabled, admin.getId()),
				enabled ? "user.notice.enabled" : "user.notice.disabled");
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		return act(redirect, () -> this.administration.resetPassword(id, password), "user.notice.password-reset");
	}

	private String act(RedirectAttributes redirect, Runnable action, String successKey) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", successKey);
		}
		catch (AccountRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:/admin/users";
	}

}
