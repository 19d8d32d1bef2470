package com.casebook.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.casebook.importer.ImportReport;
import com.casebook.importer.JsonLinesImport;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * In demo mode, imports the demo scenarios into a catalogue that has none yet, then plays
 * some activity on them ({@link DemoActivity}), which also says on which days the
 * catalogue was imported.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	static final String SCENARIOS = "demo/scenarios.jsonl";

	private final DemoMode demoMode;

	private final ScenarioCatalogue catalogue;

	private final UserDirectory users;

	private final JsonLinesImport importer;

	private final DemoActivity activity;

	DemoContent(DemoMode demoMode, ScenarioCatalogue catalogue, UserDirectory users, JsonLinesImport importer,
			DemoActivity activity) {
		this.demoMode = demoMode;
		this.catalogue = catalogue;
		this.users = users;
		this.importer = importer;
		this.activity = activity;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.isOn() || this.catalogue.hasAnyScenario()) {
			return;
		}
		UserSummary editor = this.users.findByUsername("editor")
			.orElseThrow(() -> new IllegalStateException("Demo mode needs the demo accounts"));
		this.activity.importCatalogue(catalogueLines(), (lines, spacing) -> importLines(editor, lines, spacing));
		this.activity.play();
	}

	private static List<String> catalogueLines() {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(SCENARIOS).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void importLines(UserSummary editor, List<String> lines, Duration spacing) {
		ImportReport report = this.importer.importFrom(new StringReader(String.join("\n", lines)), editor, spacing);
		// the file ships with the application: a line it refuses is a defect, and a start
		// that went on without it would look healthy with a catalogue missing
		if (!report.errors().isEmpty()) {
			throw new IllegalStateException("The demo content could not be imported: " + report.errors());
		}
		log.info("Demo mode: imported {} demo scenarios", report.imported());
	}

}
