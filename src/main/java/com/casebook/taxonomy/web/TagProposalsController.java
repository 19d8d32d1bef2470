package com.casebook.taxonomy.web;

import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tags managers proposed while submitting: usable on their scenario at once, waiting here
 * for an editor to approve them into the vocabulary or retire them.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class TagProposalsController {

	private final Taxonomy taxonomy;

	private final TagCuration curation;

	TagProposalsController(Taxonomy taxonomy, TagCuration curation) {
		this.taxonomy = taxonomy;
		this.curation = curation;
	}

	@GetMapping("/tags/proposals")
	String proposals(Model model) {
		model.addAttribute("proposals", this.taxonomy.tagsWithStatus(TagStatus.PROPOSED));
		model.addAttribute("usage", this.curation.usage());
		return "taxonomy/tag-proposals";
	}

	@PostMapping("/tags/proposals/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		requireProposed(id);
		this.curation.activate(id);
		redirect.addFlashAttribute("notice", "tags.notice.approved");
		return "redirect:/tags/proposals";
	}

	@PostMapping("/tags/proposals/{id}/reject")
	String reject(@PathVariable long id, RedirectAttributes redirect) {
		requireProposed(id);
		this.curation.retire(id);
		redirect.addFlashAttribute("notice", "tags.notice.rejected");
		return "redirect:/tags/proposals";
	}

	private void requireProposed(long id) {
		if (this.taxonomy.tag(id).filter(t -> t.status() == TagStatus.PROPOSED).isEmpty()) {
			throw new IllegalArgumentException("Tag " + id + " is not a proposal");
		}
	}

}
