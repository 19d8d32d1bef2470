package com.casebook.demo;

import java.io.Reader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.casebook.importer.ImportReport;
import com.casebook.importer.JsonLinesImport;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.user.Role;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DemoContentTest {

	@Test
	void aDemoLineTheImporterRefusesStopsTheStartInsteadOfLeavingTheCatalogueShort() {
		DemoMode demoMode = mock(DemoMode.class);
		when(demoMode.isOn()).thenReturn(true);
		ScenarioCatalogue catalogue = mock(ScenarioCatalogue.class);
		UserDirectory users = mock(UserDirectory.class);
		when(users.findByUsername("editor"))
			.thenReturn(Optional.of(new UserSummary(3, "editor", "Editor", Role.EDITOR, null)));
		JsonLinesImport importer = mock(JsonLinesImport.class);
		when(importer.importFrom(any(Reader.class), any(UserSummary.class), eq(Duration.ofDays(3))))
			.thenReturn(new ImportReport(39, 0, 0, List.of(new ImportReport.LineError(7, "the title is missing"))));
		DemoActivity activity = mock(DemoActivity.class);
		doAnswer(call -> {
			call.<BiConsumer<List<String>, Duration>>getArgument(1).accept(call.getArgument(0), Duration.ofDays(3));
			return null;
		}).when(activity).importCatalogue(any(), any());

		DemoContent content = new DemoContent(demoMode, catalogue, users, importer, activity);

		assertThatIllegalStateException().isThrownBy(() -> content.run(new DefaultApplicationArguments()))
			.withMessageContaining("the title is missing");
		verify(activity, never()).play();
	}

}
