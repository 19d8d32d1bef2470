package com.casebook.user;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and locks the account for a while after too many in a
 * row, so a password cannot be guessed by trying many.
 */
@Component
class LoginThrottle {

	private final UserAccountRepository accounts;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(UserAccountRepository accounts, SecurityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onBadPassword(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName())
			.ifPresent(account -> account.recordFailedLogin(this.clock.instant(), this.properties.maxFailedLogins(),
					this.properties.lockout()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.accounts.findById(user.getId())
				.filter(account -> account.getFailedLogins() > 0 || account.getLockedUntil() != null)
				.ifPresent(UserAccount::recordSuccessfulLogin);
		}
	}

}
