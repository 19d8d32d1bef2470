package com.casebook.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.casebook.user.Role;
import com.casebook.user.UserAdministration;
import com.casebook.user.UserDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, one account per role on an empty database, all with the password
 * {@code demo}. Runs first, so the user module's bootstrap then finds accounts and asks
 * for no admin password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final String DEMO_PASSWORD = "demo";

	private final DemoMode demoMode;

	private final UserDirectory directory;

	private final UserAdministration administration;

	private final DemoActivity activity;

	DemoAccounts(DemoMode demoMode, UserDirectory directory, UserAdministration administration, DemoActivity activity) {
		this.demoMode = demoMode;
		this.directory = directory;
		this.administration = administration;
		this.activity = activity;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.isOn() || this.directory.count() > 0) {
			return;
		}
		this.activity.createAccounts(this::createAccounts);
		log.warn("Demo mode: created the demo accounts, all with password '{}'. "
				+ "Set CASEBOOK_DEMO=false and use an external database for real use.", DEMO_PASSWORD);
	}

	private void createAccounts() {
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
	}

}
