package com.casebook.taxonomy.web;

import java.util.ArrayList;
import java.util.List;

import com.casebook.taxonomy.CategoryCuration;
import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's category tree. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CategoryAdminController {

	private final Taxonomy taxonomy;

	private final CategoryCuration curation;

	CategoryAdminController(Taxonomy taxonomy, CategoryCuration curation) {
		this.taxonomy = taxonomy;
		this.curation = curation;
	}

	@GetMapping("/admin/categories")
	String tree(Model model) {
		List<CategoryView> flat = new ArrayList<>();
		this.taxonomy.categoryTree().forEach(root -> flatten(root, flat));
		model.addAttribute("categories", flat);
		model.addAttribute("counts", this.curation.scenarioCounts());
		return "taxonomy/categories";
	}

	private static void flatten(CategoryView view, List<CategoryView> into) {
		into.add(view);
		view.children().forEach(child -> flatten(child, into));
	}

	@PostMapping("/admin/categories")
	String create(@RequestParam(required = false) Long parent, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
		return act(redirect, "categories.notice.created", () -> this.curation.create(parent, nameZh, nameEn));
	}

	@PostMapping("/admin/categories/{id}/rename")
	String rename(@PathVariable long id, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
		return act(redirect, "categories.notice.saved", () -> this.curation.rename(id, nameZh, nameEn));
	}

	@PostMapping("/admin/categories/{id}/move")
	String move(@PathVariable long id, @RequestParam(required = false) Long parent, RedirectAttributes redirect) {
		return act(redirect, "categories.notice.saved", () -> this.curation.move(id, parent));
	}

	@PostMapping("/admin/categories/{id}/shift")
	String shift(@PathVariable long id, @RequestParam int direction, RedirectAttributes redirect) {
		return act(redirect, "categories.notice.saved", () -> this.curation.shift(id, direction));
	}

	@PostMapping("/admin/categories/{id}/review-interval")
	String reviewInterval(@PathVariable long id, @RequestParam(required = false) Integer days,
			RedirectAttributes redirect) {
		return act(redirect, "categories.notice.saved", () -> this.curation.setReviewInterval(id, days));
	}

	@PostMapping("/admin/categories/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long into,
			@AuthenticationPrincipal(expression = "id") long curatorId, RedirectAttributes redirect) {
		return act(redirect, "categories.notice.merged", () -> this.curation.merge(id, into, curatorId));
	}

	@PostMapping("/admin/categories/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "categories.notice.deleted", () -> this.curation.delete(id));
	}

	private static String act(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (CategoryCuration.CategoryInUseException ex) {
			redirect.addFlashAttribute("problem", "categories.error.inUse");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "categories.error.invalid");
		}
		return "redirect:/admin/categories";
	}

}
