package com.casebook.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder backups are written to ({@code CASEBOOK_BACKUP_DIR}). A backup is
 * {@code casebook-<UTC time>-<kind>.zip} with a {@code .sha256} beside it; the folder is
 * the only record of them, so it stays true after a restore or when files are copied in
 * by hand. Files being written start with a dot and are never listed.
 */
final class BackupFolder {

	static final String CHECKSUM_SUFFIX = ".sha256";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private static final Pattern NAME = Pattern.compile("casebook-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.zip");

	private final Path path;

	BackupFolder(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	Path path() {
		return this.path;
	}

	String newName(Instant at, BackupKind kind) {
		Instant time = at;
		String name;
		do {
			name = "casebook-" + TIME.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC)) + "-" + kind.slug()
					+ ".zip";
			time = time.plusMillis(1);
		}
		while (Files.exists(this.path.resolve(name)));
		return name;
	}

	/** Newest first. */
	List<BackupFile> list() {
		if (!Files.isDirectory(this.path)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.path)) {
			return files.map(this::describe)
				.flatMap(Optional::stream)
				.sorted(Comparator.comparing(BackupFile::createdAt).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Only names this folder could have written, so an id can never lead elsewhere. */
	Optional<BackupFile> find(String id) {
		if (id == null || !NAME.matcher(id + ".zip").matches()) {
			return Optional.empty();
		}
		return describe(this.path.resolve(id + ".zip"));
	}

	Path fileOf(BackupFile backup) {
		return this.path.resolve(backup.file());
	}

	void delete(BackupFile backup) throws IOException {
		Files.deleteIfExists(this.path.resolve(backup.file() + CHECKSUM_SUFFIX));
		Files.deleteIfExists(this.path.resolve(backup.file()));
	}

	private Optional<BackupFile> describe(Path file) {
		String name = file.getFileName().toString();
		Matcher matcher = NAME.matcher(name);
		if (!matcher.matches() || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Optional<BackupKind> kind = BackupKind.ofSlug(matcher.group(2));
		if (kind.isEmpty()) {
			return Optional.empty();
		}
		try {
			Instant createdAt = LocalDateTime.parse(matcher.group(1), TIME).toInstant(ZoneOffset.UTC);
			return Optional.of(new BackupFile(name.substring(0, name.length() - ".zip".length()), name,
					Files.size(file), createdAt, kind.get()));
		}
		catch (IOException ex) {
			// deleted while listing
			return Optional.empty();
		}
	}

}
