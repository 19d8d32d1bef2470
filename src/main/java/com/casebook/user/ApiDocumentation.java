package com.casebook.user;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.info.Info;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI description ({@code /api/docs}) says to authenticate: a personal API
 * token as a bearer token (made on one's profile or with {@code POST /api/tokens}), or a
 * person's own username and password; and what the API is, in which version.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(security = { @SecurityRequirement(name = ApiDocumentation.TOKEN),
		@SecurityRequirement(name = ApiDocumentation.PASSWORD) })
@SecurityScheme(name = ApiDocumentation.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "cbk_ personal API token",
		description = "A personal API token: made on your profile page or with POST /api/tokens, revoked there or with DELETE /api/tokens/{id}.")
@SecurityScheme(name = ApiDocumentation.PASSWORD, type = SecuritySchemeType.HTTP, scheme = "basic",
		description = "Your username and password; meant for trying the API, not for tools (each call checks the password hash).")
class ApiDocumentation {

	static final String TOKEN = "apiToken";

	static final String PASSWORD = "password";

	static final String TITLE = "Casebook API";

	static final String DESCRIPTION = """
			The scenario catalogue of a contact centre for other tools (agent desktop, CRM, scripts): \
			search published scenarios (Chinese and English in one query, facets with counts), read a \
			scenario, find scenarios similar to a description, list the tag vocabulary, and (admins) \
			import scenarios as JSON Lines, CSV or Excel. Authenticate with a personal API token as a \
			bearer token (make one on your profile page or with POST /api/tokens). Errors are RFC 9457 \
			problem details in the caller's language (Accept-Language: zh-CN or en).""";

	/**
	 * The title, version (the build's, through Maven resource filtering) and description
	 * of the document, so its readers know what and which release they are looking at.
	 */
	@Bean
	OpenApiCustomizer apiInfo(@Value("${casebook.version:development}") String version) {
		return api -> api.info(new Info().title(TITLE).version(version).description(DESCRIPTION));
	}

}
