package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of architecture.md hold, and the module map is written for the README. */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(FazhiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theSkeletonModulesExist() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("shared", "organization", "identity", "audit", "portal");
	}

	@Test
	void writesTheModuleDocumentation() throws Exception {
		Path out = Path.of("target", "spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString())).writeDocumentation();
		try (var files = Files.list(out)) {
			assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".puml"));
		}
	}
}
