package com.casebook.user;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to accounts for other modules: display names for authors, lookups by
 * username.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final UserAccountRepository accounts;

	private final FigureCache<Long, UserSummary> summaries = new FigureCache<>();

	UserDirectory(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	public Optional<UserSummary> findByUsername(String username) {
		return this.accounts.findByUsername(username).map(UserSummary::of);
	}

	/**
	 * Where to send a person's e-mail copies, if they gave an address and the account is
	 * active.
	 */
	public Optional<String> emailOf(long id) {
		return this.accounts.findById(id)
			.filter(UserAccount::isEnabled)
			.map(UserAccount::getEmail)
			.filter(email -> !email.isBlank());
	}

	/** The language to write to a person in (their e-mail copies). */
	public Locale languageOf(long id) {
		return this.accounts.findById(id).map(UserAccount::getPreferredLocale).orElse(Locale.SIMPLIFIED_CHINESE);
	}

	/** The languages a person can read Casebook in, as language tags. */
	public static final List<String> LANGUAGES = List.of("zh-CN", "en");

	/** Remembers the language a person switched to: Chinese or English. */
	@Transactional
	public void rememberLanguage(long id, Locale locale) {
		String tag = "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
		this.accounts.setPreferredLanguage(id, tag);
	}

	public Optional<UserSummary> findById(long id) {
		return this.accounts.findById(id).map(UserSummary::of);
	}

	/**
	 * One query for the ids not in memory, so a page of authors costs at most one round
	 * trip, and none once its people were seen: on 100,000 scenarios reading the names of
	 * a scenario page's people was a tenth of the page's CPU. Forgotten when an account
	 * is written ({@link UserAccountWriteListener}); 30 s at most for another node's
	 * writes.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<Long, UserSummary> findAll(Collection<Long> ids) {
		return this.summaries.getAll(ids,
				missing -> this.accounts.findByIdIn(missing)
					.stream()
					.map(UserSummary::of)
					.collect(Collectors.toMap(UserSummary::id, Function.identity())));
	}

	/** An account was written: its summary is read again. */
	void accountWritten(long id) {
		this.summaries.changed(id);
	}

	/** Everyone, by username: small enough to list in a filter. */
	public List<UserSummary> all() {
		return this.accounts.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
	}

	public long count() {
		return this.accounts.count();
	}

}
