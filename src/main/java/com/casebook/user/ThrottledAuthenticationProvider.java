package com.casebook.user;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form and HTTP Basic sign-in: asks the {@link LoginThrottle} first and only then lets
 * the password be checked. Every refusal is the same {@link BadCredentialsException}
 * family, so a caller cannot tell a wrong password from a throttled, disabled or unknown
 * account.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final Counter checked;

	private final Counter throttled;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, MeterRegistry meters) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.checked = meters.counter("casebook.login.attempts", "outcome", "checked");
		this.throttled = meters.counter("casebook.login.attempts", "outcome", "throttled");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "";
		if (!this.throttle.admit(username, address)) {
			this.throttled.increment();
			throw new LoginThrottledException();
		}
		// a longer password can never have been set, and bcrypt would refuse to look at
		// it
		Object password = authentication.getCredentials();
		if (password == null || password.toString()
			.getBytes(StandardCharsets.UTF_8).length > UserAdministration.MAX_PASSWORD_BYTES) {
			throw new BadCredentialsException("Bad credentials");
		}
		this.checked.increment();
		Authentication signedIn = this.passwords.authenticate(authentication);
		this.throttle.succeeded(username, address);
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many attempts from this address for this account: wait, then try again. */
	static class LoginThrottledException extends BadCredentialsException {

		LoginThrottledException() {
			super("Bad credentials");
		}

	}

}
