package com.casebook.merge;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import com.casebook.CasebookIntegrationTest;
import com.casebook.scenario.Frequency;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.Severity;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code V20} turns the merge record's nine "target before" columns into one JSON
 * document: a merge recorded before it reads back with every field, so it can still be
 * undone. Run on a schema of its own, migrated to the last version before {@code V20}.
 */
@CasebookIntegrationTest
class MergeRecordMigrationTest {

	private static final String SCHEMA = "v20_check";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@AfterEach
	void dropSchema() {
		this.jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	@Test
	void aMergeRecordedBeforeV20KeepsTheTargetsWholeTemplate() {
		migrate(lastVersionBefore20());
		this.jdbc.sql("""
				insert into v20_check.user_account (id, username, display_name, password_hash, role)
				values (1, 'm', 'M', 'x', 'MANAGER');
				insert into v20_check.scenario (id, title, situation, status, author_id) values
				  (1, '目标', '目标情景', 'PUBLISHED', 1), (2, '来源', '来源情景', 'MERGED', 1);
				insert into v20_check.scenario_merge (target_id, source_id, merged_by, merged_at, source_status_before,
				  target_title, target_situation, target_category_id, target_channel_id, target_business_line_id,
				  target_frequency, target_severity, target_kpi_ids, target_tag_ids, moved_solution_ids,
				  moved_comment_ids)
				values (1, 2, 1, now(), 'PUBLISHED', '合并前的标题', '合并前的情景', 3, 4, 5, 'WEEKLY', 'HIGH',
				  '{6,7}', '{8}', '{}', '{}')
				""").update();

		migrate(null);

		String stored = this.jdbc.sql("select target_before::text from v20_check.scenario_merge")
			.query(String.class)
			.single();
		assertThat(this.json.readValue(stored, ScenarioContent.class)).isEqualTo(ScenarioContent.builder()
			.title("合并前的标题")
			.situation("合并前的情景")
			.categoryId(3L)
			.channelId(4L)
			.businessLineId(5L)
			.kpiIds(Set.of(6L, 7L))
			.tagIds(Set.of(8L))
			.frequency(Frequency.WEEKLY)
			.severity(Severity.HIGH)
			.build());
	}

	/** Whatever migration comes last before V20 (other modules add theirs). */
	private String lastVersionBefore20() {
		return Arrays.stream(configuration().load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(Objects::nonNull)
			.filter(version -> version.compareTo(MigrationVersion.fromVersion("20")) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow()
			.getVersion();
	}

	private FluentConfiguration configuration() {
		return Flyway.configure().dataSource(this.dataSource).schemas(SCHEMA).locations("classpath:db/migration");
	}

	private void migrate(String target) {
		FluentConfiguration configuration = configuration();
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

}
