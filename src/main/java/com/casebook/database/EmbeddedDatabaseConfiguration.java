package com.casebook.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL and points the application's connection pool at it,
 * unless an external database URL is configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	/**
	 * Released when this context closes, after the data source and everything using it.
	 */
	@Bean(destroyMethod = "release")
	EmbeddedPostgres embeddedPostgres(@Value("${casebook.data-dir}") Path dataDir,
			@Value("${casebook.db.embedded-port:0}") int port, @Value("${casebook.db.fresh:false}") boolean fresh) {
		return EmbeddedPostgres.startOrReuse(dataDir.resolve("pg"), port, fresh);
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(postgres.jdbcUrl())
			.username(postgres.username())
			.password("")
			.build();
		dataSource.setPoolName("casebook-embedded");
		// as spring.datasource.hikari.data-source-properties gives an external database:
		// a
		// JDBC batch of inserts goes out as multi-row inserts
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		return dataSource;
	}

}
