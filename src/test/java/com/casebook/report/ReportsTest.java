package com.casebook.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard draws every chart from the demo data and every CSV holds exactly the
 * chart's data.
 */
@CasebookIntegrationTest
class ReportsTest {

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDashboardRendersItsChartsWithTheDemoData() throws Exception {
		this.mvc.perform(get("/reports").with(this.users.as("editor")).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")))
			.andExpect(content().string(containsString("id=\"report-activity\"")));
		assertThat(this.reports.chart(ReportChart.ACTIVITY, Locale.CHINA)
			.series()
			.get(1)
			.values()
			.stream()
			.mapToLong(Number::longValue)
			.sum()).isPositive();
		assertThat(this.reports.chart(ReportChart.BY_CATEGORY, Locale.CHINA).series()).isNotEmpty();
	}

	@Test
	void everyCsvHoldsExactlyTheDataOfItsChart() throws Exception {
		for (ReportChart chart : ReportChart.values()) {
			String name = chart.slug();
			byte[] body = this.mvc
				.perform(get("/reports/" + name + ".csv").with(this.users.as("editor"))
					.locale(Locale.SIMPLIFIED_CHINESE))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String csv = new String(body, StandardCharsets.UTF_8);
			assertThat(csv).as(name).startsWith("\uFEFF");
			List<List<String>> expected = this.reports.chart(chart, Locale.SIMPLIFIED_CHINESE)
				.rows(key -> this.messages.getMessage("reports.series." + key, null, key, Locale.SIMPLIFIED_CHINESE));
			assertThat(parse(csv.substring(1))).as(name).isEqualTo(expected);
		}
	}

	@Test
	void aMonthWithoutPublicationsHasNoAverageTimeToPublishRatherThanZeroDays() {
		Chart chart = this.reports.chart(ReportChart.TIME_TO_PUBLISH, Locale.ENGLISH);
		List<Number> days = chart.series().get(0).values();
		for (int i = 0; i < chart.labels().size(); i++) {
			long published = this.jdbc.sql("""
					select count(*) from scenario where submitted_at is not null and published_at >= submitted_at
					and to_char(published_at at time zone 'UTC', 'YYYY-MM') = ?""")
				.param(chart.labels().get(i))
				.query(Long.class)
				.single();
			if (published == 0) {
				assertThat(days.get(i)).as(chart.labels().get(i)).isNull();
			}
			else {
				assertThat(days.get(i)).as(chart.labels().get(i)).isNotNull();
			}
		}
	}

	@Test
	void onlyEditorsAndAdminsSeeReports() throws Exception {
		this.mvc.perform(get("/reports").with(this.users.as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/activity.csv").with(this.users.as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports").with(this.users.as("admin"))).andExpect(status().isOk());
	}

	/** Every field is quoted by the export; quotes inside are doubled. */
	private static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		for (String line : csv.split("\r\n")) {
			if (line.isEmpty()) {
				continue;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == '"') {
					if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = !quoted;
					}
				}
				else if (c == ',' && !quoted) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			rows.add(fields);
		}
		return rows;
	}

}
