package com.casebook.web;

import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last line of defence against requests the domain refuses: a value longer than its
 * column or a reference to something that does not exist (400), an id that names nothing
 * (404), an action the current state does not allow (409) is the sender's problem, said
 * in their language, never a server error. Forms and APIs validate first and keep what
 * was typed; this catches what they leave to the domain's own checks, and logs it.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadInputAdvice {

	private static final Logger log = LoggerFactory.getLogger(BadInputAdvice.class);

	private final MessageSource messages;

	BadInputAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A value too long for its column, or a reference to something that does not exist.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, InvalidPropertyException.class,
			IllegalArgumentException.class, InvalidDataAccessApiUsageException.class, MultipartException.class })
	Object badInput(Exception ex, HttpServletRequest request, Locale locale) {
		return refuse(HttpStatus.BAD_REQUEST, "error.400", ex, request, locale);
	}

	/**
	 * A query string that is not valid UTF-8 once decoded ({@code ?q=%ff}): Tomcat's
	 * exception for it is an {@link IllegalStateException}, which would otherwise be told
	 * as an action the current state does not allow.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	Object undecodableParameter(Exception ex, HttpServletRequest request, Locale locale) {
		return refuse(HttpStatus.BAD_REQUEST, "error.400", ex, request, locale);
	}

	/**
	 * An action the thing's current state does not allow, e.g. sending back what is
	 * published.
	 */
	@ExceptionHandler(IllegalStateException.class)
	Object notNow(Exception ex, HttpServletRequest request, Locale locale) {
		return refuse(HttpStatus.CONFLICT, "error.409", ex, request, locale);
	}

	/** An id that names nothing, looked up without a not-found of its own. */
	@ExceptionHandler(NoSuchElementException.class)
	Object notFound(Exception ex, HttpServletRequest request, Locale locale) {
		return refuse(HttpStatus.NOT_FOUND, "error.404", ex, request, locale);
	}

	private Object refuse(HttpStatus status, String messages, Exception ex, HttpServletRequest request, Locale locale) {
		log.warn("Refused {} {} ({}): {}", request.getMethod(), request.getRequestURI(), status.value(), ex.toString());
		if (wantsJson(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					this.messages.getMessage(messages + ".text", null, locale));
			problem.setTitle(this.messages.getMessage(messages + ".title", null, locale));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/" + status.value());
		page.addObject("status", status.value());
		page.setStatus(status);
		return page;
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("html"));
	}

}
