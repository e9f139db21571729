package dev.gridsight;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	final ApplicationModules modules = ApplicationModules.of(GridsightApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void hasTheModulesTheDesignNames() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("identity", "workspace",
				"audit", "platform");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
