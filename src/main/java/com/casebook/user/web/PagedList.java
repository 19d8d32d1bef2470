package com.casebook.user.web;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;

/**
 * The model attributes the shared pager fragment reads, for one page of an admin list.
 */
final class PagedList {

	private PagedList() {
	}

	static void addTo(Model model, String name, Page<?> page) {
		model.addAttribute(name, page.getContent());
		model.addAttribute("page", page.getNumber());
		model.addAttribute("pageSize", page.getSize());
		model.addAttribute("total", page.getTotalElements());
		model.addAttribute("totalPages", page.getTotalPages());
	}

}
