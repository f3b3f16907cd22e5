package org.fazhi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application the way an operator does, on an H2 file database in a fresh folder under target/. */
final class StartupSupport {

	private StartupSupport() {
	}

	static Path freshDataFolder(String name) throws IOException {
		Path base = Path.of("target", "startup-tests");
		Files.createDirectories(base);
		return Files.createTempDirectory(base, name).toAbsolutePath();
	}

	static ConfigurableApplicationContext start(Path folder, String profile, String... extra) {
		String[] args = new String[extra.length + 8];
		args[0] = "--server.port=0";
		args[1] = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("fazhi")
				+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
		args[2] = "--logging.level.root=warn";
		args[3] = "--spring.main.banner-mode=off";
		// the search index and uploads live with the database, not under ./data/ where a running demo keeps its own
		args[4] = "--spring.jpa.properties.hibernate.search.backend.directory.root=" + folder.resolve("index");
		args[5] = "--fazhi.attachment.root=" + folder.resolve("files");
		args[6] = "--fazhi.secret.file=" + folder.resolve("secret.key");
		args[7] = "--fazhi.audit.checkpoint-file=" + folder.resolve("audit-checkpoints.txt");
		System.arraycopy(extra, 0, args, 8, extra.length);
		return new SpringApplicationBuilder(FazhiApplication.class).profiles(profile).run(args);
	}
}
