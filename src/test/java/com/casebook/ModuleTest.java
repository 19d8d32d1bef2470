package com.casebook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One module with the modules it depends on (and the database), started on its own:
 * listeners are tested by publishing the events they react to with Modulith's
 * {@code Scenario}. The module tests keep their own embedded PostgreSQL (another data
 * directory), without demo data, so they never disturb the whole-application tests that
 * share the default one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@TestPropertySource(properties = { "casebook.data-dir=target/module-tests", "casebook.demo=false",
		"casebook.admin-password=module-test-password-1" })
public @interface ModuleTest {

}
