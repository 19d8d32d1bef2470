package com.casebook.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in. Invariants: the username never changes once created; a locked account
 * stays locked until {@link #lockedUntil} has passed, whatever password is given.
 */
@Entity
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

	private boolean enabled = true;

	private int failedLogins;

	private Instant lockedUntil;

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

	/**
	 * Counts a wrong password; the {@code maxFailures}-th in a row locks the account for
	 * {@code lockout}.
	 */
	public void recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
		if (isLockedAt(now)) {
			return;
		}
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockout);
			this.failedLogins = 0;
		}
	}

	public void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public void changeRole(Role newRole) {
		this.role = Objects.requireNonNull(newRole);
	}

	public void changePassword(String newPasswordHash) {
		this.passwordHash = Objects.requireNonNull(newPasswordHash);
		recordSuccessfulLogin();
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
		recordSuccessfulLogin();
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

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
