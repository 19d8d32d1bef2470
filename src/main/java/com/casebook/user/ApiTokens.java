package com.casebook.user;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts and tools. A token's secret is 32 random bytes, so a
 * fast hash (SHA-256) is enough to store it: nobody can guess their way back from the
 * hash as with a password, and checking one costs microseconds instead of a bcrypt round.
 * The secret is returned once, when the token is made; its owner (or an admin) can revoke
 * it.
 */
@Service
@Transactional
public class ApiTokens {

	/** Written before a secret, so a leaked one is recognizable in logs and scanners. */
	static final String PREFIX = "cbk_";

	/** The longest token name kept (the column's limit). */
	public static final int MAX_NAME = 100;

	private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, JdbcClient jdbc, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new token for {@code owner}; the answer holds the only copy of its secret.
	 * @throws IllegalArgumentException when the name is blank or too long
	 */
	public NewToken create(long ownerId, String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME || trimmed.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("A token name is 1 to " + MAX_NAME + " characters");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = this.tokens.save(new ApiToken(ownerId, trimmed, hash(secret), this.clock.instant()));
		return new NewToken(token.getId(), trimmed, secret);
	}

	/**
	 * Revokes a token of {@code actor}'s, or anyone's when the actor is an admin.
	 * @throws NoSuchElementException when there is no such token the actor may revoke
	 */
	public void revoke(long tokenId, CurrentUser actor) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter(t -> t.getUserId() == actor.getId() || actor.has(Role.ADMIN))
			.orElseThrow(() -> new NoSuchElementException("No token " + tokenId));
		token.revoke(this.clock.instant());
	}

	@Transactional(readOnly = true)
	public List<TokenView> of(long ownerId) {
		List<ApiToken> found = this.tokens.findByUserIdOrderByCreatedAtDescIdDesc(ownerId);
		return views(found);
	}

	/** One page of every token, newest first, for the admins' list. */
	@Transactional(readOnly = true)
	public Page<TokenView> page(int page, int size) {
		Page<ApiToken> found = this.tokens.findAll(
				PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
		return new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/**
	 * The person a bearer secret stands for: an active token of an enabled account. One
	 * indexed lookup (the token joined to its account) outside any transaction, so a
	 * revocation or a disabled account counts from the next call on every node; the time
	 * the token was last used is written at most once a minute.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Optional<CurrentUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Bearer> found = this.jdbc.sql("""
				select t.id, t.last_used_at, a.id as account_id, a.username, a.password_hash, a.display_name, a.role,
				       a.credentials_version
				from api_token t join user_account a on a.id = t.user_id
				where t.secret_hash = :hash and t.revoked_at is null and a.enabled
				""").param("hash", hash(secret)).query((rs, row) -> {
			Role role = Role.valueOf(rs.getString("role"));
			Timestamp lastUsed = rs.getTimestamp("last_used_at");
			return new Bearer(rs.getLong("id"), (lastUsed == null) ? null : lastUsed.toInstant(),
					new CurrentUser(rs.getLong("account_id"), rs.getString("username"), rs.getString("password_hash"),
							rs.getString("display_name"), role, rs.getLong("credentials_version"),
							List.of(new SimpleGrantedAuthority(role.authority()))));
		}).optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Instant lastUsed = found.get().lastUsedAt();
		// a busy script writes the time it was seen at most once a minute, not per call
		if (lastUsed == null || lastUsed.isBefore(now.minus(USE_RESOLUTION))) {
			this.jdbc
				.sql("update api_token set last_used_at = :at where id = :id "
						+ "and (last_used_at is null or last_used_at < :notSince)")
				.param("at", Timestamp.from(now))
				.param("id", found.get().tokenId())
				.param("notSince", Timestamp.from(now.minus(USE_RESOLUTION)))
				.update();
		}
		return Optional.of(found.get().user());
	}

	private record Bearer(long tokenId, Instant lastUsedAt, CurrentUser user) {
	}

	private List<TokenView> views(List<ApiToken> found) {
		Map<Long, String> names = new HashMap<>();
		this.accounts.findByIdIn(found.stream().map(ApiToken::getUserId).distinct().toList())
			.forEach(a -> names.put(a.getId(), a.getUsername()));
		return found.stream()
			.map(t -> new TokenView(t.getId(), t.getName(), names.get(t.getUserId()), t.getCreatedAt(),
					t.getLastUsedAt(), t.isRevoked()))
			.toList();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/** A token just made, with its secret (shown this once). */
	public record NewToken(long id, String name, String token) implements Serializable {
	}

	/** A token as listed: never its secret. */
	public record TokenView(long id, String name, String owner, Instant createdAt, Instant lastUsedAt,
			boolean revoked) {
	}

}
