package com.casebook.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token: a name its owner chose and the SHA-256 of its secret. Once
 * revoked it authenticates nothing again.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long userId;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(nullable = false, updatable = false)
	private String secretHash;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String secretHash, Instant createdAt) {
		this.userId = userId;
		this.name = name;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	long getUserId() {
		return this.userId;
	}

	String getName() {
		return this.name;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

}
