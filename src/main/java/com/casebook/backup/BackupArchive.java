package com.casebook.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup file opened for restoring, checked through before anything is changed: the
 * whole file against its {@code .sha256} when that lies beside it, and every table's data
 * against the SHA-256 in the manifest. A truncated, damaged or altered file is refused
 * with the reason.
 */
final class BackupArchive implements Closeable {

	private final Path file;

	private final ZipFile zip;

	private final BackupManifest manifest;

	private BackupArchive(Path file, ZipFile zip, BackupManifest manifest) {
		this.file = file;
		this.zip = zip;
		this.manifest = manifest;
	}

	static BackupArchive open(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BackupRefusedException("There is no backup file at " + file.toAbsolutePath() + ".");
		}
		checkWholeFile(file);
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (IOException ex) {
			throw damaged(file, "it is not a complete archive (" + ex.getMessage() + "); it may have been cut short",
					ex);
		}
		try {
			ZipEntry manifestEntry = zip.getEntry(BackupManifest.ENTRY);
			if (manifestEntry == null) {
				throw damaged(file, "it has no " + BackupManifest.ENTRY + "; it is not a Casebook backup", null);
			}
			BackupManifest manifest;
			try (InputStream in = zip.getInputStream(manifestEntry)) {
				manifest = BackupManifest.readFrom(in);
			}
			if (manifest.format() != BackupManifest.FORMAT) {
				throw new BackupRefusedException("The backup " + file + " uses format " + manifest.format()
						+ ", which this version of Casebook cannot read.");
			}
			BackupArchive archive = new BackupArchive(file, zip, manifest);
			archive.checkTables();
			return archive;
		}
		catch (IOException ex) {
			closeQuietly(zip);
			throw damaged(file, ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(zip);
			throw ex;
		}
	}

	BackupManifest manifest() {
		return this.manifest;
	}

	InputStream data(BackupManifest.Table table) throws IOException {
		return this.zip.getInputStream(this.zip.getEntry(table.entry()));
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private void checkTables() throws IOException {
		for (BackupManifest.Table table : this.manifest.tables()) {
			ZipEntry entry = this.zip.getEntry(table.entry());
			if (entry == null) {
				throw damaged(this.file, "the data of table " + table.name() + " is missing", null);
			}
			MessageDigest digest = BackupWriter.sha256();
			try (InputStream in = new DigestInputStream(this.zip.getInputStream(entry), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			catch (ZipException ex) {
				throw damaged(this.file,
						"the data of table " + table.name() + " cannot be read (" + ex.getMessage() + ")", ex);
			}
			if (!HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
				throw damaged(this.file, "the data of table " + table.name() + " does not match its checksum", null);
			}
		}
	}

	private static void checkWholeFile(Path file) {
		Path checksumFile = file.resolveSibling(file.getFileName() + BackupFolder.CHECKSUM_SUFFIX);
		if (!Files.isRegularFile(checksumFile)) {
			return;
		}
		try {
			String expected = Files.readString(checksumFile).trim().split("\\s+")[0];
			MessageDigest digest = BackupWriter.sha256();
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(expected)) {
				throw damaged(file, "its SHA-256 does not match " + checksumFile.getFileName()
						+ "; it was cut short or changed after it was written", null);
			}
		}
		catch (IOException ex) {
			throw damaged(file, ex.getMessage(), ex);
		}
	}

	private static BackupRefusedException damaged(Path file, String reason, Throwable cause) {
		return new BackupRefusedException("The backup " + file.toAbsolutePath() + " cannot be restored: " + reason
				+ ". Nothing was changed. Restore another backup, or a copy of this one.", cause);
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// already failing for a better reason
		}
	}

}
