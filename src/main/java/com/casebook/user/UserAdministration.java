package com.casebook.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's account operations. Rules: usernames are unique whatever their case; nobody
 * changes their own role or enabled flag (someone else must agree, and an admin cannot
 * lock everyone out); a password fits bcrypt's 72 bytes. Each change of role, enabled
 * flag or password ends the person's existing sessions (see {@link UserAccount}).
 */
@Service
@Transactional
public class UserAdministration {

	static final int MIN_PASSWORD_LENGTH = 4;

	/**
	 * BCrypt looks at the first 72 bytes only, and Spring refuses to hash a longer
	 * password.
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	UserAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	public UserSummary create(NewAccount account) {
		if (this.accounts.findByUsername(account.username()).isPresent()) {
			throw new AccountRuleViolation("username", "user.error.username-taken");
		}
		checkPassword(account.password());
		UserAccount created = this.accounts.save(new UserAccount(account.username(), account.displayName(),
				this.passwordEncoder.encode(account.password()), account.role(), account.team()));
		this.events.publishEvent(new AccountChanged("created", created.getId(), Map.of(),
				Map.of("username", created.getUsername(), "role", account.role().name())));
		return UserSummary.of(created);
	}

	public void changeRole(long id, Role role, long actingUserId) {
		if (id == actingUserId) {
			throw new AccountRuleViolation("role", "user.error.own-role");
		}
		UserAccount account = find(id);
		Role before = account.getRole();
		account.changeRole(role);
		this.events
			.publishEvent(new AccountChanged("role", id, Map.of("role", before.name()), Map.of("role", role.name())));
	}

	public void setEnabled(long id, boolean enabled, long actingUserId) {
		if (id == actingUserId) {
			throw new AccountRuleViolation("enabled", "user.error.own-enabled");
		}
		UserAccount account = find(id);
		boolean before = account.isEnabled();
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		this.events.publishEvent(new AccountChanged(enabled ? "enabled" : "disabled", id, Map.of("enabled", before),
				Map.of("enabled", enabled)));
	}

	public void resetPassword(long id, String newPassword) {
		checkPassword(newPassword);
		find(id).changePassword(this.passwordEncoder.encode(newPassword));
		this.events.publishEvent(new AccountChanged("password-reset", id, Map.of(), Map.of()));
	}

	/** One page of the accounts, by username, for the admins' list. */
	@Transactional(readOnly = true)
	public Page<UserAccount> page(int page, int size) {
		return this.accounts.findAll(PageRequest.of(Math.max(page, 0), size, Sort.by("username")));
	}

	@Transactional(readOnly = true)
	public UserAccount find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
	}

	private void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountRuleViolation("password", "user.error.password-short");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new AccountRuleViolation("password", "user.error.password-long");
		}
	}

	public record NewAccount(String username, String displayName, String password, Role role, String team) {
	}

	/** A rule broken by an admin action, with the form field and message key to show. */
	public static class AccountRuleViolation extends RuntimeException {

		private final String field;

		private final String messageKey;

		AccountRuleViolation(String field, String messageKey) {
			super(messageKey);
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return this.field;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	public static class AccountNotFound extends RuntimeException {

		AccountNotFound(long id) {
			super("No account " + id);
		}

	}

}
