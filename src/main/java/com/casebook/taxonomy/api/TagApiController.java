package com.casebook.taxonomy.api;

import java.util.List;
import java.util.Map;

import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tag vocabulary for other tools: everyone reads it, admins merge tags. */
@RestController
@Tag(name = "Tags")
class TagApiController {

	private final Taxonomy taxonomy;

	private final TagCuration curation;

	TagApiController(Taxonomy taxonomy, TagCuration curation) {
		this.taxonomy = taxonomy;
		this.curation = curation;
	}

	record TagJson(long id, String nameZh, String nameEn, String group, String status, List<String> synonyms,
			Long mergedInto, long usage) {
	}

	record MergeRequest(long into) {
	}

	@GetMapping("/api/tags")
	@Operation(summary = "The tag vocabulary with usage counts")
	List<TagJson> tags() {
		Map<Long, Long> usage = this.curation.usage();
		return this.taxonomy.allTags().stream().map(t -> json(t, usage.getOrDefault(t.id(), 0L))).toList();
	}

	@PostMapping("/api/tags/{id}/merge")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Merge a tag into another (admins): every scenario is retagged")
	Map<String, Integer> merge(@PathVariable long id, @RequestBody MergeRequest request,
			@AuthenticationPrincipal(expression = "id") long curatorId) {
		return Map.of("retagged", this.curation.merge(id, request.into(), curatorId));
	}

	private static TagJson json(TagView t, long usage) {
		return new TagJson(t.id(), t.name().zh(), t.name().en(), t.group(), t.status().name(),
				List.copyOf(t.synonyms()), t.mergedIntoId(), usage);
	}

}
