package com.casebook.importer.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The example body of {@code POST /api/import}. The JSON Lines method reads the raw
 * request (it streams), so no annotation describes its body; the example is added to the
 * finished document instead.
 */
@Configuration(proxyBeanMethods = false)
class ImportApiDocumentation {

	static final String JSON_LINES = "application/x-ndjson";

	@Bean
	OpenApiCustomizer importExample() {
		return api -> {
			PathItem path = api.getPaths() == null ? null : api.getPaths().get("/api/import");
			if (path == null || path.getPost() == null) {
				return;
			}
			Operation post = path.getPost();
			if (post.getRequestBody() == null) {
				post.setRequestBody(new RequestBody());
			}
			if (post.getRequestBody().getContent() == null) {
				post.getRequestBody().setContent(new Content());
			}
			MediaType lines = post.getRequestBody().getContent().computeIfAbsent(JSON_LINES, type -> new MediaType());
			lines.addExamples("two scenarios",
					new Example().summary("two scenarios, one per line").value(ImportApiController.LINES_EXAMPLE));
		};
	}

}
