package com.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Makes a page's CSRF token before the page is rendered. Spring Security defers the token
 * until a form asks for it, and keeping it needs a session; a request that has none yet
 * (HTTP Basic, no cookie) and whose page has filled Tomcat's response buffer before the
 * first form (a long query echoed in every link) could then no longer create one: the
 * page was cut off mid-way with a 200. Redirects and bodies written by handlers (the API)
 * are left alone, so they still create no session.
 */
class CsrfTokenBeforeRendering implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.hasView() || isRedirect(page)) {
			return;
		}
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

	private static boolean isRedirect(ModelAndView page) {
		String name = page.getViewName();
		return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
	}

}
