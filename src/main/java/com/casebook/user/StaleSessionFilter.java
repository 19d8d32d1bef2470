package com.casebook.user;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since sign-in (role, enabled flag or password),
 * before anything is authorized: the request then goes on as anonymous and is sent to the
 * login page. Without it a demoted or disabled person keeps their old rights for the
 * session's lifetime.
 */
class StaleSessionFilter extends OncePerRequestFilter {

	private final CredentialsVersions versions;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	StaleSessionFilter(CredentialsVersions versions) {
		this.versions = versions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& !this.versions.isCurrent(user)) {
			this.contexts.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
