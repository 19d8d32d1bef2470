package com.casebook.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in. Invariants: the username never changes once created; every
 * change of role, enabled flag or password raises {@link #credentialsVersion}, so
 * sessions signed in before it can be told apart and ended.
 */
@Entity
@EntityListeners(UserAccountWriteListener.class)
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String displayName;

	private String email;

	@Column(nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private String team;

	/** A language tag (zh-CN, en), or null when the person never switched language. */
	private String preferredLanguage;

	private boolean enabled = true;

	private long credentialsVersion;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Role role, String team) {
		this.username = Objects.requireNonNull(username).trim();
		this.displayName = Objects.requireNonNull(displayName).trim();
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.role = Objects.requireNonNull(role);
		this.team = team;
		this.createdAt = Instant.now();
	}

	public void changeRole(Role newRole) {
		if (this.role != Objects.requireNonNull(newRole)) {
			this.role = newRole;
			this.credentialsVersion++;
		}
	}

	public void changePassword(String newPasswordHash) {
		this.passwordHash = Objects.requireNonNull(newPasswordHash);
		this.credentialsVersion++;
	}

	public void disable() {
		if (this.enabled) {
			this.enabled = false;
			this.credentialsVersion++;
		}
	}

	public void enable() {
		if (!this.enabled) {
			this.enabled = true;
			this.credentialsVersion++;
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public String getTeam() {
		return this.team;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public long getCredentialsVersion() {
		return this.credentialsVersion;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** The language the person reads in; Chinese until they choose another. */
	public Locale getPreferredLocale() {
		return this.preferredLanguage == null ? Locale.SIMPLIFIED_CHINESE
				: Locale.forLanguageTag(this.preferredLanguage);
	}

}
