package com.casebook.web;

import com.casebook.text.MarkdownRenderer;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the Markdown renderer in every page's model as {@code markdown}: Thymeleaf 3.1
 * refuses bean references ({@code @markdown}) in some expressions, a model attribute it
 * always allows.
 */
@ControllerAdvice
class MarkdownModelAdvice {

	private final MarkdownRenderer renderer;

	MarkdownModelAdvice(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	@ModelAttribute("markdown")
	MarkdownRenderer markdown() {
		return this.renderer;
	}

}
