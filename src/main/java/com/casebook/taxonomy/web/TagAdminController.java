package com.casebook.taxonomy.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import com.casebook.taxonomy.LabelNames;
import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's tag vocabulary: create, edit (names, description, group, synonyms), merge,
 * retire.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TagAdminController {

	private final Taxonomy taxonomy;

	private final TagCuration curation;

	TagAdminController(Taxonomy taxonomy, TagCuration curation) {
		this.taxonomy = taxonomy;
		this.curation = curation;
	}

	@GetMapping("/admin/tags")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String group,
			@RequestParam(required = false) TagStatus status, @RequestParam(required = false) TagListing.Sort sort,
			Locale locale, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TagForm());
		}
		TagListing listing = new TagListing(q, group, status, sort);
		List<TagView> all = this.taxonomy.allTags();
		Map<Long, Long> usage = this.curation.usage();
		model.addAttribute("listing", listing);
		model.addAttribute("tags", listing.apply(all, usage, locale));
		model.addAttribute("tagTotal", all.size());
		model.addAttribute("usage", usage);
		model.addAttribute("groups", groups());
		model.addAttribute("statuses", TagStatus.values());
		model.addAttribute("sorts", TagListing.Sort.values());
		return "taxonomy/tags";
	}

	@PostMapping("/admin/tags")
	String create(@Valid @ModelAttribute("form") TagForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (save(form, binding, null)) {
			redirect.addFlashAttribute("notice", "tags.notice.created");
			return "redirect:/admin/tags";
		}
		return list(null, null, null, null, locale, model);
	}

	@GetMapping("/admin/tags/{id}")
	String edit(@PathVariable long id, Model model) {
		TagView tag = tag(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TagForm.of(tag));
		}
		model.addAttribute("tag", tag);
		model.addAttribute("usage", this.curation.usage().getOrDefault(id, 0L));
		model.addAttribute("groups", groups());
		model.addAttribute("mergeTargets",
				this.taxonomy.allTags().stream().filter(t -> t.id() != id && t.status() != TagStatus.MERGED).toList());
		return "taxonomy/tag-edit";
	}

	@PostMapping("/admin/tags/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TagForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (save(form, binding, id)) {
			redirect.addFlashAttribute("notice", "tags.notice.saved");
			return "redirect:/admin/tags/" + id;
		}
		return edit(id, model);
	}

	@PostMapping("/admin/tags/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long into,
			@AuthenticationPrincipal(expression = "id") long curatorId, RedirectAttributes redirect) {
		int retagged = this.curation.merge(id, into, curatorId);
		redirect.addFlashAttribute("notice", "tags.notice.merged");
		redirect.addFlashAttribute("retagged", retagged);
		return "redirect:/admin/tags/" + into;
	}

	@PostMapping("/admin/tags/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		this.curation.retire(id);
		redirect.addFlashAttribute("notice", "tags.notice.retired");
		return "redirect:/admin/tags/" + id;
	}

	@PostMapping("/admin/tags/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		this.curation.activate(id);
		redirect.addFlashAttribute("notice", "tags.notice.activated");
		return "redirect:/admin/tags/" + id;
	}

	/**
	 * Saves, or records why not on the form so the page shows it next to what was typed.
	 */
	private boolean save(TagForm form, BindingResult binding, Long id) {
		if (!form.hasName()) {
			binding.rejectValue("nameZh", "tags.error.name");
			return false;
		}
		if (binding.hasErrors()) {
			return false;
		}
		try {
			if (id == null) {
				this.curation.create(form.fields());
			}
			else {
				this.curation.edit(id, form.fields());
			}
			return true;
		}
		catch (LabelNames.InvalidName ex) {
			binding.rejectValue("nameZh", "names.error.tooLong", new Object[] { ex.max(), ex.tooLong() }, null);
			return false;
		}
		catch (TagCuration.DuplicateTagNameException ex) {
			binding.rejectValue("nameZh", "tags.error.duplicate", new Object[] { ex.name() }, null);
			return false;
		}
	}

	private List<String> groups() {
		return this.taxonomy.allTags()
			.stream()
			.map(TagView::group)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
	}

	private TagView tag(long id) {
		return this.taxonomy.tag(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
