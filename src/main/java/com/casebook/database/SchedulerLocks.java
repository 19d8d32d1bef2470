package com.casebook.database;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once per cluster, not once per node, carry ShedLock's
 * {@code @SchedulerLock}: the node that fires first writes the job's row in
 * {@code shedlock} (V36) with a time until which the job is taken, and the others skip
 * that run. Times come from the database's clock, so nodes whose clocks differ still
 * agree. {@code lockAtLeastFor} on each job covers the few seconds by which the nodes'
 * schedules fire apart; {@code lockAtMostFor} frees the job of a node that died holding
 * it. Which jobs are locked, and why the others are not, is said beside each
 * {@code @Scheduled} (see also docs/scale-out.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
