package com.casebook.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure somebody can sign in to an empty database: one {@code admin} whose password
 * the operator chose. There is never a default password outside demo mode (in demo mode
 * the demo module has created its accounts before this runs).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccountsBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountsBootstrap.class);

	private final UserDirectory directory;

	private final UserAdministration administration;

	private final String adminPassword;

	AccountsBootstrap(UserDirectory directory, UserAdministration administration,
			@Value("${casebook.admin-password:}") String adminPassword) {
		this.directory = directory;
		this.administration = administration;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.count() > 0) {
			return;
		}
		createFirstAdmin();
	}

	private void createFirstAdmin() {
		if (!StringUtils.hasText(this.adminPassword)) {
			throw new MissingAdminPasswordException();
		}
		this.administration
			.create(new UserAdministration.NewAccount("admin", "Administrator", this.adminPassword, Role.ADMIN, null));
		log.info("Created the first administrator account 'admin' with the password from CASEBOOK_ADMIN_PASSWORD");
	}

}
