package com.casebook.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import com.casebook.search.KnowledgeGaps;
import com.casebook.search.QuerySynonym;
import com.casebook.search.QuerySynonyms;
import com.casebook.search.QuerySynonyms.RefusedSynonymException;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' query synonyms, beside the tag vocabulary: the list, a form to add one, and
 * the searches that found nothing as candidates, each a click away from a filled-in form.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class QuerySynonymAdminController {

	/** Zero-result queries offered as candidates. */
	private static final int CANDIDATES = 20;

	private final QuerySynonyms synonyms;

	private final KnowledgeGaps gaps;

	private final UserDirectory users;

	QuerySynonymAdminController(QuerySynonyms synonyms, KnowledgeGaps gaps, UserDirectory users) {
		this.synonyms = synonyms;
		this.gaps = gaps;
		this.users = users;
	}

	@GetMapping("/admin/synonyms")
	String list(@RequestParam(required = false) String phrase, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", QuerySynonymForm.forPhrase(phrase));
		}
		List<QuerySynonym> all = this.synonyms.all();
		model.addAttribute("synonyms", all);
		model.addAttribute("authors", this.users.findAll(all.stream().map(QuerySynonym::createdBy).toList()));
		// a query the synonyms already rewrite is no longer a candidate
		model.addAttribute("candidates",
				this.gaps.zeroResultQueries(CANDIDATES * 2)
					.stream()
					.filter(gap -> this.synonyms.alternatives(gap.query()).size() == 1)
					.limit(CANDIDATES)
					.toList());
		model.addAttribute("windowDays", KnowledgeGaps.WINDOW.toDays());
		model.addAttribute("maxLength", QuerySynonyms.MAX_LENGTH);
		return "search/synonyms";
	}

	@PostMapping("/admin/synonyms")
	String add(@ModelAttribute("form") QuerySynonymForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.synonyms.add(form.synonym(), admin);
		}
		catch (RefusedSynonymException ex) {
			binding.rejectValue(ex.field(), "synonyms.error." + ex.reason().name(),
					new Object[] { QuerySynonyms.MAX_LENGTH }, null);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(null, model);
		}
		redirect.addFlashAttribute("notice", "synonyms.notice.added");
		return "redirect:/admin/synonyms";
	}

	@PostMapping("/admin/synonyms/{id}/delete")
	String remove(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		this.synonyms.remove(id, admin);
		redirect.addFlashAttribute("notice", "synonyms.notice.removed");
		return "redirect:/admin/synonyms";
	}

}
