package com.casebook.search.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.casebook.search.SimilarScenarios;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** "Is this already in the catalogue?" for tools that create scenarios. */
@RestController
@Tag(name = "Search")
class SimilarApiController {

	private static final int LIMIT = 5;

	private final SimilarScenarios similar;

	SimilarApiController(SimilarScenarios similar) {
		this.similar = similar;
	}

	record SimilarRequest(@Size(max = 500) String title, @Size(max = 20000) String situation) {
	}

	record SimilarJson(List<Hit> hits) {

		record Hit(long id, String title, String url, float score) {
		}

	}

	@PostMapping("/api/scenarios/similar")
	@Operation(summary = "Published scenarios similar to a draft",
			description = "More Like This over titles and situations, then the scenarios nearest in meaning "
					+ "(embeddings, score = cosine); at most 5 hits, closest first. "
					+ "An empty list means nothing is close enough to be a likely duplicate.")
	SimilarJson similar(@Valid @RequestBody SimilarRequest request) {
		return new SimilarJson(this.similar.similarTo(request.title(), request.situation(), null, LIMIT)
			.stream()
			.map(s -> new SimilarJson.Hit(s.id(), s.title(), "/scenarios/" + s.id(), s.score()))
			.toList());
	}

}
