package com.casebook.user.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.casebook.user.ApiTokens;
import com.casebook.user.ApiTokens.NewToken;
import com.casebook.user.ApiTokens.TokenView;
import com.casebook.user.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens for tools: {@code POST /api/tokens} with {@code {"name": ...}}
 * answers the new token's id and secret (the only time the secret is shown),
 * {@code DELETE /api/tokens/{id}} revokes one of the caller's (an admin's: anyone's).
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenApiController {

	private final ApiTokens tokens;

	private final MessageSource messages;

	ApiTokenApiController(ApiTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping
	List<TokenView> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.tokens.of(user.getId());
	}

	@PostMapping
	ResponseEntity<?> create(@RequestBody(required = false) TokenRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		String name = request == null ? null : request.name();
		if (!TokenRequest.valid(name)) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						this.messages.getMessage("tokens.error.name", new Object[] { ApiTokens.MAX_NAME }, locale)));
		}
		NewToken token = this.tokens.create(user.getId(), name);
		return ResponseEntity.created(URI.create("/api/tokens/" + token.id())).body(token);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.tokens.revoke(id, user);
		return ResponseEntity.noContent().build();
	}

	/** What a tool sends to mint a token. */
	record TokenRequest(String name) {

		static boolean valid(String name) {
			return name != null && !name.isBlank() && name.strip().length() <= ApiTokens.MAX_NAME
					&& name.indexOf('\0') < 0;
		}

	}

}
