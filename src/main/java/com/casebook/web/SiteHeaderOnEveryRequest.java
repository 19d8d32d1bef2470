package com.casebook.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the site header where every page's layout finds it as {@code siteHeader}: as a
 * request attribute, because error pages are rendered by exception handlers, which no
 * model advice reaches, and Thymeleaf refuses a bean reference in {@code th:utext}. First
 * of all filters: a request that security turns away is shown its error page in the same
 * request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteHeaderOnEveryRequest extends OncePerRequestFilter {

	static final String ATTRIBUTE = "siteHeader";

	/**
	 * Looked up on the first request, once: filters are made before the MVC beans it
	 * uses, and a lookup per request would cost every static file too.
	 */
	private final SingletonSupplier<SiteHeader> header;

	SiteHeaderOnEveryRequest(ObjectProvider<SiteHeader> header) {
		this.header = SingletonSupplier.of(header::getObject);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(ATTRIBUTE, this.header.obtain());
		chain.doFilter(request, response);
	}

}
