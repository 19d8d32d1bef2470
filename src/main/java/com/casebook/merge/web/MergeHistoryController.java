package com.casebook.merge.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.casebook.merge.Merges;
import com.casebook.merge.ScenarioMergeRecord;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.user.UserDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The merges a scenario took part in, with who did them and a way to undo each. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class MergeHistoryController {

	private final Merges merges;

	private final ScenarioCatalogue catalogue;

	private final UserDirectory users;

	MergeHistoryController(Merges merges, ScenarioCatalogue catalogue, UserDirectory users) {
		this.merges = merges;
		this.catalogue = catalogue;
		this.users = users;
	}

	@GetMapping("/scenarios/{id}/merges")
	String merges(@PathVariable long id, Model model) {
		List<ScenarioMergeRecord> merges = this.merges.involving(id);
		model.addAttribute("scenario",
				this.catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("merges", merges);
		model.addAttribute("people",
				this.users.findAll(merges.stream()
					.flatMap(m -> Stream.of(m.getMergedBy(), m.getUndoneBy()))
					.filter(Objects::nonNull)
					.toList()));
		return "merge/merges";
	}

}
