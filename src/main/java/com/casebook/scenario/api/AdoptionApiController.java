package com.casebook.scenario.api;

import com.casebook.scenario.SolutionAdoption;
import com.casebook.user.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Adopting a solution as the recommended practice, for curation tools. */
@RestController
@Tag(name = "Curation")
@PreAuthorize("hasRole('EDITOR')")
class AdoptionApiController {

	private final SolutionAdoption adoption;

	AdoptionApiController(SolutionAdoption adoption) {
		this.adoption = adoption;
	}

	record AdoptRequest(String note) {
	}

	@PostMapping("/api/scenarios/{id}/solutions/{solutionId}/adopt")
	@Operation(summary = "Adopt a solution as the recommended practice (editors)")
	void adopt(@PathVariable long id, @PathVariable long solutionId,
			@RequestBody(required = false) AdoptRequest request, @AuthenticationPrincipal CurrentUser editor) {
		this.adoption.adopt(id, solutionId, editor, request == null ? null : request.note());
	}

}
