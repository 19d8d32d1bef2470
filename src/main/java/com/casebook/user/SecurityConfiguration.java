package com.casebook.user;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Two filter chains: the JSON API under {@code /api/**} (personal API tokens as
 * {@code Authorization: Bearer} for tools, HTTP Basic for people; stateless, no CSRF
 * since no cookie authenticates it) and the pages (form login, CSRF, strict CSP without
 * inline scripts).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
			+ "form-action 'self'";

	/** No page needs the camera, microphone, location or payment APIs. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * No observation of Spring Security's filters, authentications and authorizations:
	 * with the actuator's registry each filter of a chain was wrapped to open and close
	 * an observation per request (part of an API call's time in the profile of
	 * docs/performance.md), and nothing reads them. The request metrics
	 * ({@code http.server.requests}) stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/docs/**", "/api/docs")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.realmName("Casebook"))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, CredentialsVersions versions) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico", "/favicon*.svg")
			.permitAll()
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(RelativeRedirects.afterSignIn())
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.httpBasic(basic -> basic.realmName("Casebook"))
			// pages always send the browser (or a readiness probe) to the login page; a
			// 401 with
			// a Basic challenge would only make sense for the API
			.exceptionHandling(ex -> ex.authenticationEntryPoint(RelativeRedirects.toLoginPage()))
			.addFilterAfter(new StaleSessionFilter(versions), SecurityContextHolderFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// HSTS is written by default, on secure requests only: behind a TLS proxy
			// that is
			// every request once server.forward-headers-strategy trusts X-Forwarded-Proto
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		return http.build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.MANAGER.name())
			.role(Role.MANAGER.name())
			.implies(Role.READER.name())
			.build();
	}

	/** Passwords are checked only for attempts the throttle lets through. */
	@Bean
	ThrottledAuthenticationProvider authenticationProvider(AccountUserDetailsService accounts,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, MeterRegistry meters) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle, meters);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
