package com.casebook.user;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends the person back to the login page with the username they typed. The page says the
 * same thing for a wrong password, an unknown, disabled or throttled account: telling
 * them apart would tell a guesser which accounts exist and which password was right.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession().setAttribute("LAST_USERNAME", request.getParameter("username"));
		getRedirectStrategy().sendRedirect(request, response, "/login?error");
	}

}
