package com.casebook.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;
import com.casebook.notification.Notifications;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin page, the API, who may use them, and a failed backup that is reported.
 */
@CasebookIntegrationTest
class BackupPagesAndApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Backups backups;

	@Autowired
	BackupFolder folder;

	@Autowired
	BackupWriter writer;

	@Autowired
	BackupSchedules schedules;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDirectory users;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void defaultSchedule() {
		this.jdbc.sql("update backup_schedule set frequency = 'DAILY', hour = 3, keep_daily = 7, keep_weekly = 4")
			.update();
	}

	@Test
	void theApiTakesABackupAndListsIt() throws Exception {
		MvcResult taken = this.mvc.perform(post("/api/admin/backups").with(httpBasic("admin", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.file").isString())
			.andExpect(jsonPath("$.bytes").isNumber())
			.andExpect(jsonPath("$.createdAt").isString())
			.andReturn();
		String id = com.jayway.jsonpath.JsonPath.read(taken.getResponse().getContentAsString(), "$.id");
		BackupFile backup = this.folder.find(id).orElseThrow();
		assertThat(Files.size(this.folder.fileOf(backup))).isEqualTo(backup.bytes());

		this.mvc.perform(get("/api/admin/backups").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].file").value(backup.file()));
	}

	@Test
	void onlyAdminsReachBackupsInPagesAndTheApi() throws Exception {
		BackupFile backup = this.backups.takeNow(BackupKind.MANUAL);
		for (String user : new String[] { "reader", "manager", "editor" }) {
			this.mvc.perform(get("/api/admin/backups").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
			this.mvc.perform(post("/api/admin/backups").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/backups").with(as(user))).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/backups").with(as(user)).with(csrf())).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/backups/schedule").param("frequency", "OFF").with(as(user)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/backups/{id}/download", backup.id()).with(as(user)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/api/admin/backups")).andExpect(status().isUnauthorized());
	}

	@Test
	void theAdminPageShowsTheBackupsTheScheduleAndTheLastResultInBothLanguages() throws Exception {
		this.mvc.perform(post("/admin/backups").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
		BackupFile newest = this.backups.list().get(0);

		this.mvc.perform(get("/admin/backups").with(as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Back up now")))
			.andExpect(content().string(containsString("Succeeded at")))
			.andExpect(content().string(containsString(newest.file())))
			.andExpect(content().string(containsString("Every day")))
			.andExpect(content().string(containsString("Next scheduled backup")))
			.andExpect(content().string(containsString("/admin/backups/" + newest.id() + "/download")));
		this.mvc.perform(get("/admin/backups").with(as("admin")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("立即备份")))
			.andExpect(content().string(containsString("成功")))
			.andExpect(content().string(containsString(newest.file())))
			.andExpect(content().string(containsString("每天")))
			.andExpect(content().string(containsString("下次定时备份")));
	}

	@Test
	void aBackupDownloadsAsTheFileItIsAndUnknownNamesAreNotFound() throws Exception {
		BackupFile backup = this.backups.takeNow(BackupKind.MANUAL);
		byte[] downloaded = this.mvc.perform(get("/admin/backups/{id}/download", backup.id()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(backup.file())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(Files.readAllBytes(this.folder.fileOf(backup)));
		this.mvc.perform(get("/admin/backups/{id}/download", "pom").with(as("admin"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/backups/{id}/download", "casebook-20000101-000000-000-manual").with(as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theScheduleIsSavedAndOutOfRangeValuesAreRefusedKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/backups/schedule").param("frequency", "WEEKLY")
				.param("hour", "2")
				.param("keepDaily", "10")
				.param("keepWeekly", "6")
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.backups.schedule()).isEqualTo(new BackupSchedule(BackupSchedule.Frequency.WEEKLY, 2, 10, 6));

		this.mvc
			.perform(post("/admin/backups/schedule").param("frequency", "DAILY")
				.param("hour", "27")
				.param("keepDaily", "abc")
				.param("keepWeekly", "6")
				.with(as("admin"))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"27\"")))
			.andExpect(content().string(containsString("This value is not valid here.")))
			.andExpect(content().string(containsString("must be less than or equal to 23")));
		assertThat(this.backups.schedule()).isEqualTo(new BackupSchedule(BackupSchedule.Frequency.WEEKLY, 2, 10, 6));
	}

	@Test
	void aFailedBackupIsAWarningOnTheHealthEndpointAndEveryAdminIsNotified() throws Exception {
		Path notAFolder = Files.createTempFile("casebook-backup", ".not-a-folder");
		Backups failing = new Backups(this.dataSource, this.writer, new BackupFolder(notAFolder), this.schedules,
				this.notifications, this.users, Clock.systemUTC(), false);
		long admin = this.users.findByUsername("admin").orElseThrow().id();
		long notifiedBefore = failureNotices(admin);

		assertThatThrownBy(() -> failing.takeNow(BackupKind.MANUAL)).isInstanceOf(BackupFailedException.class);

		BackupHealthIndicator health = new BackupHealthIndicator(failing);
		assertThat(health.health().getStatus().getCode()).isEqualTo("WARNING");
		assertThat(health.health().getDetails()).containsKey("error");
		assertThat(failureNotices(admin)).isEqualTo(notifiedBefore + 1);
		assertThat(new BackupHealthIndicator(this.backups).health().getStatus().getCode()).isNotEqualTo("WARNING");
		this.mvc.perform(get("/notifications").with(as("admin")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("A backup failed")));
	}

	private long failureNotices(long userId) {
		return this.jdbc.sql("select count(*) from notification where user_id = :user and type = 'backupFailed'")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(String username) {
		return new SignedIn(this.accounts).as(username);
	}

}
