package com.casebook.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Renders a template into a string during a request, for a page that keeps part of itself
 * ready-made: the part is written out as the view would write it (messages in the
 * request's language, links through the request's response, beans and conversions as in a
 * view), and the page then includes the string with {@code th:utext}. The part must not
 * depend on who is reading beyond what its caller keys it by: it gets no security
 * dialect's view of the reader, and a GET form in it carries no CSRF token.
 */
@Component
public class RenderedFragments {

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	private final ConversionService conversions;

	RenderedFragments(ITemplateEngine templates, ApplicationContext application,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.templates = templates;
		this.application = application;
		this.conversions = conversions;
	}

	/** The template rendered for the current request with what {@code model} adds. */
	public String render(String template, Consumer<ExtendedModelMap> model) {
		ExtendedModelMap variables = new ExtendedModelMap();
		model.accept(variables);
		return render(template, variables);
	}

	/** The template rendered with these variables for the current request. */
	public String render(String template, Map<String, Object> variables) {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder
			.currentRequestAttributes();
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		Map<String, Object> all = new HashMap<>(variables);
		all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, this.conversions));
		return this.templates.process(template, new WebContext(exchange, LocaleContextHolder.getLocale(), all));
	}

}
