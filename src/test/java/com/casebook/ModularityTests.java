package com.casebook;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CasebookApplication.class);

	@Test
	void modulesOnlyDependOnWhatTheyDeclare() {
		this.modules.verify();
	}

	@Test
	void moduleDiagramsAreWrittenForTheDocs() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
