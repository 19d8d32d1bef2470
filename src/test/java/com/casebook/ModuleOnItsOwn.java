package com.casebook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One application module with only the embedded database under it: the module of the
 * annotated test's package, its listeners and services, and the schema; no other module's
 * beans (the test mocks what it needs of them), no demo data and no search index (no
 * listener outside {@code search} needs one). Other modules' events are published with
 * Spring Modulith's {@code Scenario}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = "database")
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.jpa.properties.hibernate.search.enabled=false", "casebook.demo=false" })
public @interface ModuleOnItsOwn {

	/** People for the tables that refer to them, without the user module's services. */
	final class People {

		private People() {
		}

		/** A new account (a manager) named {@code prefix} and a number. */
		public static long newAccount(JdbcClient jdbc, String prefix) {
			return jdbc
				.sql("insert into user_account (username, display_name, password_hash, role) "
						+ "values (:name, :name, 'x', 'MANAGER') returning id")
				.param("name", prefix + System.nanoTime())
				.query(Long.class)
				.single();
		}

	}

}
