package com.casebook.user;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
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

	/** The person a bearer secret stands for: an active token of an enabled account. */
	Optional<CurrentUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<ApiToken> token = this.tokens.findBySecretHash(hash(secret)).filter(t -> !t.isRevoked());
		if (token.isEmpty()) {
			return Optional.empty();
		}
		Optional<UserAccount> account = this.accounts.findById(token.get().getUserId()).filter(UserAccount::isEnabled);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Instant lastUsed = token.get().getLastUsedAt();
		// a busy script writes the time it was seen at most once a minute, not per call
		if (lastUsed == null || lastUsed.isBefore(now.minus(USE_RESOLUTION))) {
			this.tokens.markUsed(token.get().getId(), now, now.minus(USE_RESOLUTION));
		}
		UserAccount person = account.get();
		return Optional.of(new CurrentUser(person, List.of(new SimpleGrantedAuthority(person.getRole().authority()))));
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
