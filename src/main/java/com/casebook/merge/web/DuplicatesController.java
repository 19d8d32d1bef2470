package com.casebook.merge.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.casebook.merge.DuplicateQueue;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.user.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' queue of likely duplicates, a pair side by side, and anyone's duplicate
 * flag.
 */
@Controller
class DuplicatesController {

	private final DuplicateQueue queue;

	private final ScenarioCatalogue catalogue;

	DuplicatesController(DuplicateQueue queue, ScenarioCatalogue catalogue) {
		this.queue = queue;
		this.catalogue = catalogue;
	}

	@GetMapping("/duplicates")
	@PreAuthorize("hasRole('EDITOR')")
	String queue(Model model) {
		List<DuplicateQueue.Candidate> open = this.queue.open();
		model.addAttribute("candidates", open);
		model.addAttribute("scenarios",
				this.catalogue.findAll(
						Stream
							.concat(open.stream().map(DuplicateQueue.Candidate::scenarioA),
									open.stream().map(DuplicateQueue.Candidate::scenarioB))
							.collect(Collectors.toSet())));
		return "merge/duplicates";
	}

	@GetMapping("/duplicates/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	String pair(@PathVariable long id, @AuthenticationPrincipal CurrentUser editor, Model model) {
		DuplicateQueue.Candidate candidate = this.queue.candidate(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("candidate", candidate);
		model.addAttribute("a", this.catalogue.page(candidate.scenarioA(), editor).orElseThrow());
		model.addAttribute("b", this.catalogue.page(candidate.scenarioB(), editor).orElseThrow());
		return "merge/pair";
	}

	@PostMapping("/duplicates/{id}/dismiss")
	@PreAuthorize("hasRole('EDITOR')")
	String dismiss(@PathVariable long id, @AuthenticationPrincipal CurrentUser editor, RedirectAttributes redirect) {
		this.queue.dismiss(id, editor);
		redirect.addFlashAttribute("notice", "duplicates.dismissed");
		return "redirect:/duplicates";
	}

	@PostMapping("/duplicates/rescan")
	@PreAuthorize("hasRole('EDITOR')")
	String rescan(RedirectAttributes redirect) {
		this.queue.scanAll();
		redirect.addFlashAttribute("notice", "duplicates.rescanned");
		return "redirect:/duplicates";
	}

	/** Accepts a scenario number or a link to it, as people paste either. */
	@PostMapping("/scenarios/{id}/duplicate-flag")
	String flag(@PathVariable long id, @RequestParam String duplicateOf, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String digits = duplicateOf.replaceAll(".*?/scenarios/(\\d+).*", "$1").replaceAll("\\D", "");
		try {
			this.queue.flag(id, Long.parseLong(digits), user);
			redirect.addFlashAttribute("notice", "duplicates.flagged");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flagError", "duplicates.flag.invalid");
			redirect.addFlashAttribute("flagValue", duplicateOf);
		}
		return "redirect:/scenarios/" + id;
	}

}
