package com.casebook.user;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI description ({@code /api/docs}) says to authenticate: a personal API
 * token as a bearer token (made on one's profile or with {@code POST /api/tokens}), or a
 * person's own username and password.
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

}
