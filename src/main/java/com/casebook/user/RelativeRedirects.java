package com.casebook.user;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirects around sign-in as paths, never as absolute URLs built from the request: the
 * {@code Host} header is the client's to choose, so {@code Location} must not repeat it.
 */
final class RelativeRedirects {

	private RelativeRedirects() {
	}

	/**
	 * Every page request without a session goes to the login page, whatever it accepts.
	 */
	static LoginUrlAuthenticationEntryPoint toLoginPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * After sign-in, back to the page first asked for (its path and query only), else
	 * home.
	 */
	static SimpleUrlAuthenticationSuccessHandler afterSignIn() {
		return new BackToSavedPath();
	}

	private static final class BackToSavedPath extends SimpleUrlAuthenticationSuccessHandler {

		private final RequestCache requests = new HttpSessionRequestCache();

		BackToSavedPath() {
			super("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			SavedRequest saved = this.requests.getRequest(request, response);
			if (saved == null) {
				super.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			clearAuthenticationAttributes(request);
			UriComponents target = UriComponentsBuilder.fromUriString(saved.getRedirectUrl()).build();
			String path = target.getPath() == null ? "" : target.getPath();
			// the redirect strategy puts the context path back in front
			if (!request.getContextPath().isEmpty() && path.startsWith(request.getContextPath())) {
				path = path.substring(request.getContextPath().length());
			}
			if (path.isEmpty()) {
				path = "/";
			}
			String query = target.getQuery() == null ? "" : "?" + target.getQuery();
			getRedirectStrategy().sendRedirect(request, response, path + query);
		}

	}

}
