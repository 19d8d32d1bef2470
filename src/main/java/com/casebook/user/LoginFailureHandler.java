package com.casebook.user;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the person back to the login page with the reason, and the username they typed, so
 * the page can say what happened in their language.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "bad";
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		request.getSession().setAttribute("LAST_USERNAME", request.getParameter("username"));
		getRedirectStrategy().sendRedirect(request, response, "/login?error=" + reason);
	}

}
