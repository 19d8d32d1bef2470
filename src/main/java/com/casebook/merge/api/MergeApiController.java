package com.casebook.merge.api;

import java.util.Locale;

import com.casebook.merge.Merges;
import com.casebook.user.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Merging for curation tools: the same operations as the editors' pages. */
@RestController
@Tag(name = "Curation")
@PreAuthorize("hasRole('EDITOR')")
class MergeApiController {

	private final Merges merges;

	MergeApiController(Merges merges) {
		this.merges = merges;
	}

	record MergeRequest(long source, String situation) {
	}

	record MergeJson(long mergeId, String url) {
	}

	@PostMapping("/api/scenarios/{target}/merge")
	@Operation(summary = "Merge a duplicate into a published scenario (editors)",
			description = "Moves the duplicate's solutions, comments, tags and KPIs; the duplicate then redirects. "
					+ "situation, when given, replaces the target's situation.")
	MergeJson merge(@PathVariable long target, @RequestBody MergeRequest request,
			@AuthenticationPrincipal CurrentUser editor, Locale locale) {
		long id = this.merges.merge(target, request.source(), request.situation(), editor, locale);
		return new MergeJson(id, "/scenarios/" + target);
	}

	@PostMapping("/api/merges/{id}/undo")
	@Operation(summary = "Undo a merge (editors)")
	void undo(@PathVariable long id, @AuthenticationPrincipal CurrentUser editor, Locale locale) {
		this.merges.undo(id, editor, locale);
	}

}
