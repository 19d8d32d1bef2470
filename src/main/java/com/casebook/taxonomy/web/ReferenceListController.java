package com.casebook.taxonomy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.casebook.taxonomy.KpiDirection;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's reference lists: channels, business lines and KPIs. Entries are renamed or
 * hidden, never deleted, because scenarios keep referring to them.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReferenceListController {

	private final Taxonomy taxonomy;

	ReferenceListController(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping("/admin/reference")
	String lists(Model model) {
		Map<ReferenceKind, List<ReferenceView>> lists = new LinkedHashMap<>();
		for (ReferenceKind kind : ReferenceKind.values()) {
			lists.put(kind, this.taxonomy.referenceList(kind));
		}
		model.addAttribute("lists", lists);
		model.addAttribute("directions", KpiDirection.values());
		return "taxonomy/reference";
	}

	@PostMapping("/admin/reference/{kind}")
	String add(@PathVariable ReferenceKind kind, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
		return act(redirect, () -> this.taxonomy.addReference(kind, nameZh, nameEn));
	}

	@PostMapping("/admin/reference/items/{id}")
	String rename(@PathVariable long id, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
		return act(redirect, () -> this.taxonomy.renameReference(id, nameZh, nameEn));
	}

	@PostMapping("/admin/reference/items/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		return act(redirect, () -> this.taxonomy.setReferenceActive(id, active));
	}

	@PostMapping("/admin/reference/items/{id}/direction")
	String setDirection(@PathVariable long id, @RequestParam KpiDirection direction, RedirectAttributes redirect) {
		return act(redirect, () -> this.taxonomy.setKpiDirection(id, direction));
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "admin.reference.notice.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "admin.reference.error.name");
		}
		return "redirect:/admin/reference";
	}

}
