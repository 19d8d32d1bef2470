package com.casebook.user.web;

import com.casebook.user.Role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin types to create an account.
 */
public class AccountForm {

	@NotBlank
	@Size(max = 64)
	@Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.error.username-chars}")
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotBlank
	@Size(min = 4, max = 200)
	private String password;

	@NotNull
	private Role role = Role.READER;

	@Size(max = 100)
	private String team;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getTeam() {
		return this.team;
	}

	public void setTeam(String team) {
		this.team = team;
	}

}
