package com.casebook.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.casebook.CasebookApplication;
import com.casebook.CasebookIntegrationTest;
import com.casebook.merge.Merges;
import com.casebook.notification.Watches;
import com.casebook.points.Rewards;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.TestScenarios;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;
import com.casebook.search.SearchResults;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups restored for real: into a fresh database on the tests' PostgreSQL, through the
 * same start-up step ({@code --restore}) an operator uses, compared row by row and by
 * what search finds.
 */
@CasebookIntegrationTest
class BackupAndRestoreTest {

	private static final int EDITORS = 4;

	private static final List<String> QUERIES = List.of("退货", "物流", "投诉", "backup-roundtrip", "账户");

	@Autowired
	DataSource dataSource;

	@Autowired
	Backups backups;

	@Autowired
	BackupFolder folder;

	@Autowired
	DatabaseRestore restore;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	BackupWriter writer;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Merges merges;

	@Autowired
	Rewards rewards;

	@Autowired
	Watches watches;

	@Autowired
	ScenarioSearch search;

	private TestScenarios scenarios;

	private FreshDatabases databases;

	@BeforeEach
	void setUp() {
		this.scenarios = new TestScenarios(this.drafting, this.review, this.catalogue, this.accounts);
		this.databases = new FreshDatabases(this.dataSource);
	}

	@Test
	void aRestoredBackupHoldsEveryRowAndSearchFindsTheSameScenarios() throws Exception {
		long amended = this.scenarios.published("backup-roundtrip 退货换货流程", "客户要求换货但库存不足", "先登记再联系仓库", "客户满意");
		Scenario before = this.scenarios.find(amended);
		this.amendments.amend(amended, this.scenarios.user("editor"),
				this.scenarios.content("backup-roundtrip 退货换货流程（修订）", "客户要求换货但库存不足，需要说明时效"), before.getRevisionNumber(),
				"补充时效");
		long target = this.scenarios.published("backup-roundtrip 物流延误安抚", "包裹超过承诺时效未到", "致歉并补偿", "投诉下降");
		long duplicate = this.scenarios.published("backup-roundtrip 物流延误道歉", "包裹延误客户来电", "道歉并查件", "情绪平复");
		this.merges.merge(target, duplicate, null, this.scenarios.user("editor"), Locale.CHINA);
		long manager = this.scenarios.user("manager").getId();
		long reward = this.rewards.create("backup-roundtrip 咖啡券", "一杯咖啡", 1, 5);
		long redemption = this.rewards.redeem(manager, reward);
		this.rewards.fulfil(redemption, this.scenarios.user("admin").getId());
		this.watches.watch(manager, Watches.Target.SCENARIO, target);
		FreshDatabases.awaitQuiet(this.dataSource);

		BackupFile backup = this.backups.takeNow(BackupKind.MANUAL);
		Map<String, List<String>> source = FreshDatabases.rowsOf(this.dataSource);
		Path file = this.folder.fileOf(backup);
		assertThat(FreshDatabases.rowsOf(file)).isEqualTo(source);
		assertThat(source.get("redemption")).isNotEmpty();
		assertThat(source.get("watch")).isNotEmpty();
		assertThat(source.get("scenario_merge")).isNotEmpty();
		Map<String, Set<Long>> found = searchAll(this.search);

		FreshDatabases.Fresh fresh = this.databases.create();
		try (ConfigurableApplicationContext restored = startRestoring(fresh, file)) {
			assertThat(FreshDatabases.rowsOf(fresh.dataSource())).isEqualTo(source);
			assertThat(searchAll(restored.getBean(ScenarioSearch.class))).isEqualTo(found);
		}
	}

	@Test
	void aBackupTakenWhileTwentyEditsASecondAreSavedRestoresToAConsistentState() throws Exception {
		// four editors, each saving one scenario every 200 ms: 20 edits a second when the
		// machine keeps up
		List<Long> edited = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			edited.add(this.scenarios.published("backup-burst 会员积分清零 " + i, "会员积分到期清零引发投诉", "解释规则", "理解"));
		}
		AtomicBoolean editing = new AtomicBoolean(true);
		AtomicInteger saved = new AtomicInteger();
		ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
		List<Future<?>> bursts = new ArrayList<>();
		for (long scenario : edited) {
			bursts.add(editors.submit(() -> {
				while (editing.get()) {
					long started = System.nanoTime();
					Scenario current = this.scenarios.find(scenario);
					int number = saved.incrementAndGet();
					this.amendments.amend(
							scenario, this.scenarios.user("editor"), this.scenarios
								.content("backup-burst 会员积分清零 " + number, "会员积分到期清零引发投诉，第 " + number + " 次补充"),
							current.getRevisionNumber(), "补充 " + number);
					long rest = TimeUnit.MILLISECONDS.toNanos(200) - (System.nanoTime() - started);
					if (rest > 0) {
						TimeUnit.NANOSECONDS.sleep(rest);
					}
				}
				return null;
			}));
		}
		List<BackupFile> taken = new ArrayList<>();
		int savedBefore;
		int savedAfter;
		try {
			Thread.sleep(1000);
			savedBefore = saved.get();
			for (int i = 0; i < 3; i++) {
				taken.add(this.backups.takeNow(BackupKind.MANUAL));
			}
			savedAfter = saved.get();
		}
		finally {
			editing.set(false);
			for (Future<?> burst : bursts) {
				burst.get(60, TimeUnit.SECONDS);
			}
			editors.shutdown();
		}
		assertThat(savedAfter - savedBefore).as("edits saved while the backups ran").isPositive();

		for (BackupFile backup : taken) {
			FreshDatabases.Fresh fresh = this.databases.create();
			this.restore.restore(this.folder.fileOf(backup), false, fresh.flyway(), Optional.empty());
			JdbcTemplate restored = new JdbcTemplate(fresh.dataSource());
			for (long scenario : edited) {
				Integer number = restored.queryForObject("select revision_number from scenario where id = ?",
						Integer.class, scenario);
				Integer revisions = restored.queryForObject(
						"select count(*) from revision where scenario_id = ? and solution_id is null", Integer.class,
						scenario);
				assertThat(revisions).as("revisions of scenario %d in %s", scenario, backup.file()).isEqualTo(number);
			}
			assertThat(
					restored.queryForObject("select count(*) from revision r join scenario s on s.id = r.scenario_id "
							+ "where r.solution_id is null and r.number > s.revision_number", Integer.class))
				.isZero();
			assertThat(restored.queryForObject("select count(*) from point_entry p where p.reason = 'AMENDMENT' "
					+ "and p.reverses_id is null and not exists (select 1 from revision r where p.cause = "
					+ "case when r.solution_id is null then 'revision:' || r.scenario_id || ':' || r.number "
					+ "else 'revision:' || r.scenario_id || ':solution:' || r.solution_id || ':' || r.number end)",
					Integer.class))
				.as("amendment points without their revision (of a scenario or of a solution)")
				.isZero();
		}
	}

	@Test
	void aTruncatedBackupIsRefusedWithTheReasonAndChangesNothing() throws Exception {
		Path backup = this.folder.fileOf(this.backups.takeNow(BackupKind.MANUAL));
		Path truncated = scratch().resolve("truncated.zip");
		byte[] bytes = Files.readAllBytes(backup);
		Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
		FreshDatabases.Fresh fresh = this.databases.create();

		assertThatThrownBy(() -> this.restore.restore(truncated, false, fresh.flyway(), Optional.empty()))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("cannot be restored")
			.hasMessageContaining("cut short")
			.hasMessageContaining("Nothing was changed");
		assertThat(fresh.tables()).isEmpty();
	}

	@Test
	void aTamperedBackupIsRefusedEvenWithForceAndChangesNothing() throws Exception {
		Path good = this.folder.fileOf(this.backups.takeNow(BackupKind.MANUAL));
		FreshDatabases.Fresh fresh = this.databases.create();
		this.restore.restore(good, false, fresh.flyway(), Optional.empty());
		Map<String, List<String>> restored = FreshDatabases.rowsOf(fresh.dataSource());
		int backupsBefore = this.folder.list().size();

		// a changed byte, found by the whole-file checksum beside it
		Path flipped = scratch().resolve(good.getFileName());
		Files.copy(good, flipped);
		Files.copy(good.resolveSibling(good.getFileName() + BackupFolder.CHECKSUM_SUFFIX),
				flipped.resolveSibling(flipped.getFileName() + BackupFolder.CHECKSUM_SUFFIX));
		byte[] bytes = Files.readAllBytes(flipped);
		bytes[bytes.length / 2] ^= 0x20;
		Files.write(flipped, bytes, StandardOpenOption.TRUNCATE_EXISTING);
		assertThatThrownBy(() -> this.restore.restore(flipped, true, fresh.flyway(), Optional.empty()))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("SHA-256 does not match")
			.hasMessageContaining("Nothing was changed");

		// a changed row in a well-formed archive without the checksum file: the
		// manifest's
		// checksum of that table finds it
		Path edited = scratch().resolve("edited.zip");
		rewrite(good, edited,
				(name, data) -> name.equals("tables/user_account.tsv")
						? new String(data, StandardCharsets.UTF_8).replace("\tADMIN\t", "\tREADER\t")
							.getBytes(StandardCharsets.UTF_8)
						: data);
		assertThatThrownBy(() -> this.restore.restore(edited, true, fresh.flyway(), Optional.empty()))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("user_account does not match its checksum")
			.hasMessageContaining("Nothing was changed");

		assertThat(FreshDatabases.rowsOf(fresh.dataSource())).isEqualTo(restored);
		assertThat(this.folder.list()).as("no backup of the data --force would have replaced").hasSize(backupsBefore);
	}

	@Test
	void aBackupFromANewerCasebookIsRefusedWithWhatToInstall() throws Exception {
		Path good = this.folder.fileOf(this.backups.takeNow(BackupKind.MANUAL));
		Path newer = scratch().resolve("newer.zip");
		rewrite(good, newer,
				(name, data) -> name.equals(BackupManifest.ENTRY) ? withManifest(data, "schemaVersion", "999") : data);
		FreshDatabases.Fresh fresh = this.databases.create();

		assertThatThrownBy(() -> this.restore.restore(newer, false, fresh.flyway(), Optional.empty()))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("newer Casebook")
			.hasMessageContaining("schema version 999")
			.hasMessageContaining("Nothing was changed");
		assertThat(fresh.tables()).isEmpty();
	}

	@Test
	void restoringOverExistingDataNeedsForceWhichBacksThatDataUpFirst() throws Exception {
		Path first = this.folder.fileOf(this.backups.takeNow(BackupKind.MANUAL));
		FreshDatabases.Fresh fresh = this.databases.create();
		this.restore.restore(first, false, fresh.flyway(), Optional.empty());
		new JdbcTemplate(fresh.dataSource()).update("update backup_schedule set hour = 5");
		Map<String, List<String>> replaced = FreshDatabases.rowsOf(fresh.dataSource());

		assertThatThrownBy(() -> this.restore.restore(first, false, fresh.flyway(), Optional.empty()))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("already holds data")
			.hasMessageContaining("--force");
		assertThat(FreshDatabases.rowsOf(fresh.dataSource())).isEqualTo(replaced);

		this.restore.restore(first, true, fresh.flyway(), Optional.empty());
		assertThat(FreshDatabases.rowsOf(fresh.dataSource())).isEqualTo(FreshDatabases.rowsOf(first));
		BackupFile safety = this.folder.list().get(0);
		assertThat(safety.kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
		assertThat(FreshDatabases.rowsOf(this.folder.fileOf(safety))).isEqualTo(replaced);
	}

	@Test
	void aDatabaseThatHoldsDataIsBackedUpBeforeMigratingAndAnOlderBackupIsRestoredThenMigrated() throws Exception {
		FreshDatabases.Fresh old = this.databases.create();
		Flyway.configure().configuration(old.flyway().getConfiguration()).target("17").load().migrate();
		new JdbcTemplate(old.dataSource()).update("update point_rule set amount = 77 where code = 'AMENDMENT'");

		new MigrationWithBackups(new MockEnvironment(), this.restore, this.writer, this.folder).migrate(old.flyway());

		BackupFile before = this.folder.list().get(0);
		assertThat(before.kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
		try (BackupArchive archive = BackupArchive.open(this.folder.fileOf(before))) {
			assertThat(archive.manifest().schemaVersion()).isEqualTo("17");
		}
		String latest = DatabaseRestore.latestKnown(old.flyway()).getVersion();
		assertThat(schemaVersion(old)).isEqualTo(latest);

		FreshDatabases.Fresh fresh = this.databases.create();
		new MigrationWithBackups(new MockEnvironment().withProperty("restore", this.folder.fileOf(before).toString()),
				this.restore, this.writer, this.folder)
			.migrate(fresh.flyway());
		assertThat(schemaVersion(fresh)).isEqualTo(latest);
		assertThat(new JdbcTemplate(fresh.dataSource())
			.queryForObject("select amount from point_rule where code = 'AMENDMENT'", Integer.class)).isEqualTo(77);
	}

	private static String schemaVersion(FreshDatabases.Fresh database) throws SQLException {
		try (Connection connection = database.dataSource().getConnection()) {
			return DatabaseCatalog.schemaVersion(connection).orElseThrow();
		}
	}

	private static Path scratch() throws IOException {
		Path folder = Path.of("target", "test-data", "backup-scratch");
		Files.createDirectories(folder);
		return Files.createTempDirectory(folder, "case");
	}

	private static byte[] withManifest(byte[] manifest, String key, String value) {
		try {
			Properties properties = new Properties();
			properties.load(new ByteArrayInputStream(manifest));
			properties.setProperty(key, value);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			properties.store(out, null);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies an archive entry by entry, changing what {@code change} changes. */
	private static void rewrite(Path from, Path to, BiFunction<String, byte[], byte[]> change) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] data;
				try (InputStream in = zip.getInputStream(entry)) {
					data = in.readAllBytes();
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(change.apply(entry.getName(), data));
				out.closeEntry();
			}
		}
	}

	private ConfigurableApplicationContext startRestoring(FreshDatabases.Fresh fresh, Path file) {
		Path dataDir = Path.of("target", "test-data", fresh.name()).toAbsolutePath();
		return SpringApplication.run(CasebookApplication.class, "--restore=" + file, "--spring.profiles.active=test",
				"--spring.datasource.url=" + fresh.url(), "--spring.datasource.username=" + fresh.user(),
				"--spring.datasource.password=", "--casebook.data-dir=" + dataDir, "--casebook.demo=false",
				"--server.port=0", "--spring.main.banner-mode=off");
	}

	private static Map<String, Set<Long>> searchAll(ScenarioSearch search) {
		Map<String, Set<Long>> found = new TreeMap<>();
		for (String query : QUERIES) {
			SearchResults results = search.search(query, 0, 100);
			found.put(query, results.hits().stream().map(SearchHit::id).collect(Collectors.toSet()));
		}
		return found;
	}

}
