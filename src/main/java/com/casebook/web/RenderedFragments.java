package com.casebook.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;

/**
 * Renders a template into a string during a request, for a page that keeps part of itself
 * ready-made: the part is written out as the view would write it (messages in the
 * request's language, links through the request's response, beans and conversions as in a
 * view), and the page then includes the string with {@code th:utext}. The part must not
 * depend on who is reading beyond what its caller keys it by: it gets no security
 * dialect's view of the reader.
 * <p>
 * A POST form in the part carries a stand-in for the reader's CSRF token, so that the
 * part can be served to other readers: {@link #withTokenOfThisRequest} puts the token of
 * the request being answered in its place.
 */
@Component
public class RenderedFragments {

	private static final String STAND_IN_TOKEN = "casebook-csrf-stand-in";

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
		HttpServletRequest request = new PartRequest(attributes.getRequest());
		HttpServletResponse response = attributes.getResponse();
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		Map<String, Object> all = new HashMap<>(variables);
		all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, this.conversions));
		// as ThymeleafView does: forms get their action processed and their hidden fields
		RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), all);
		all.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
		all.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		all.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		return this.templates.process(template, new WebContext(exchange, LocaleContextHolder.getLocale(), all));
	}

	/**
	 * The rendered part with the current request's CSRF token in its forms. The stand-in
	 * is only looked for as a form's hidden field: text a person wrote is escaped, so it
	 * can never hold that markup.
	 */
	public String withTokenOfThisRequest(String html) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
			return html;
		}
		String field = "name=\"" + token.getParameterName() + "\" value=\"";
		return html.replace(field + STAND_IN_TOKEN + "\"", field + token.getToken() + "\"");
	}

	/**
	 * The request as the part sees it: with the stand-in wherever it has a CSRF token,
	 * and with attributes of its own. A part rendered while its page renders (the header)
	 * would otherwise overwrite the page's variables, which Thymeleaf keeps as request
	 * attributes, and the page's form bindings with them.
	 */
	private static final class PartRequest extends HttpServletRequestWrapper {

		private final CsrfToken standIn;

		private final Map<String, Object> own = new HashMap<>();

		private final Set<String> removed = new HashSet<>();

		PartRequest(HttpServletRequest request) {
			super(request);
			this.standIn = (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)
					? new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), STAND_IN_TOKEN) : null;
		}

		@Override
		public Object getAttribute(String name) {
			if (this.own.containsKey(name)) {
				return this.own.get(name);
			}
			if (this.removed.contains(name)) {
				return null;
			}
			Object value = super.getAttribute(name);
			if (this.standIn != null && value instanceof CsrfToken) {
				return this.standIn;
			}
			return value;
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				removeAttribute(name);
				return;
			}
			this.own.put(name, value);
			this.removed.remove(name);
		}

		@Override
		public void removeAttribute(String name) {
			this.own.remove(name);
			this.removed.add(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			names.removeAll(this.removed);
			names.addAll(this.own.keySet());
			return Collections.enumeration(names);
		}

	}

}
