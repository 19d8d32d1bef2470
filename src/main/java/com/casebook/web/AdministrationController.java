package com.casebook.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' home: their pages grouped by subject, so the header keeps only what
 * every reader needs. Only admins reach it ({@code /admin/**} in the security rules).
 */
@Controller
class AdministrationController {

	@GetMapping("/admin")
	String home() {
		return "web/admin-home";
	}

}
