package com.casebook.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of backing up and restoring that must work before the database is migrated,
 * so they use nothing but a data source.
 */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

	@Bean
	BackupFolder backupFolder(@Value("${casebook.backup.dir}") Path path) {
		return new BackupFolder(path);
	}

	@Bean
	BackupWriter backupWriter(Clock clock) {
		String version = Optional.ofNullable(BackupWriter.class.getPackage().getImplementationVersion())
			.orElse("development");
		return new BackupWriter(version, clock);
	}

	@Bean
	DatabaseRestore databaseRestore(BackupWriter writer, BackupFolder folder) {
		return new DatabaseRestore(writer, folder);
	}

}
