package com.casebook.user;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.thymeleaf.context.LazyContextVariable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A figure in the page header (the bell's count, the points balance, the review queue),
 * put into every model by a {@code @ControllerAdvice}. The advice runs before every
 * handler, JSON ones included, so the figure is only promised here: nothing is computed
 * for a handler that writes a body (the API, suggestions), and for a page the query runs
 * when the template reads the figure, once per request (a redirect never reads it).
 */
public final class HeaderFigure {

	private HeaderFigure() {
	}

	/**
	 * The figure for the page being handled, or {@code null} (no figure) when the handler
	 * answers with a body instead of a page.
	 */
	public static Object of(HttpServletRequest request, Supplier<?> value) {
		if (!rendersPage(request)) {
			return null;
		}
		return new LazyContextVariable<Object>() {

			@Override
			protected Object loadValue() {
				return value.get();
			}

		};
	}

	/** Whether the handler of this request answers with a view rather than a body. */
	public static boolean rendersPage(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
			return true;
		}
		return !handler.hasMethodAnnotation(ResponseBody.class)
				&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				&& !HttpEntity.class.isAssignableFrom(handler.getReturnType().getParameterType());
	}

}
