package com.casebook.user;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.casebook.database.DemoMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure somebody can sign in to an empty database: the demo accounts in demo mode,
 * or else one {@code admin} whose password the operator chose. There is never a default
 * password outside demo mode.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountsBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountsBootstrap.class);

	static final String DEMO_PASSWORD = "demo";

	private final UserDirectory directory;

	private final UserAdministration administration;

	private final DemoMode demoMode;

	private final String adminPassword;

	AccountsBootstrap(UserDirectory directory, UserAdministration administration, DemoMode demoMode,
			@Value("${casebook.admin-password:}") String adminPassword) {
		this.directory = directory;
		this.administration = administration;
		this.demoMode = demoMode;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.count() > 0) {
			return;
		}
		if (this.demoMode.isOn()) {
			createDemoAccounts();
		}
		else {
			createFirstAdmin();
		}
	}

	private void createDemoAccounts() {
		record Demo(String username, String displayName, Role role, String team) {
		}
		for (Demo demo : List.of(new Demo("reader", "李晓雯 (Reader)", Role.READER, "电商零售"),
				new Demo("manager", "王建国 (Manager)", Role.MANAGER, "电商零售"),
				new Demo("manager2", "陈静 (Manager)", Role.MANAGER, "电信运营商"),
				new Demo("editor", "张敏 (Editor)", Role.EDITOR, "运营支持"),
				new Demo("admin", "系统管理员 (Admin)", Role.ADMIN, "运营支持"))) {
			this.administration.create(new UserAdministration.NewAccount(demo.username(), demo.displayName(),
					DEMO_PASSWORD, demo.role(), demo.team()));
		}
		log.warn("Demo mode: created the demo accounts, all with password '{}'. "
				+ "Set CASEBOOK_DEMO=false and use an external database for real use.", DEMO_PASSWORD);
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
