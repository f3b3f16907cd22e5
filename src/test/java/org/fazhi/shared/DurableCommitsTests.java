package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** A commit on the H2 file database is on disk when commit() returns (see KillNineTests for the whole app). */
class DurableCommitsTests {

	@Test
	void onlyH2OnAFileIsSyncedAfterCommit() {
		assertThat(DurableCommits.needsSync("jdbc:h2:file:./data/fazhi;MODE=PostgreSQL")).isTrue();
		assertThat(DurableCommits.needsSync("jdbc:h2:./data/fazhi")).isTrue();
		assertThat(DurableCommits.needsSync("jdbc:h2:mem:fazhi;DB_CLOSE_DELAY=-1")).isFalse();
		assertThat(DurableCommits.needsSync("jdbc:postgresql://127.0.0.1:5432/fazhi")).isFalse();
	}

	/**
	 * What the H2 file database holds on disk right after a commit, read by copying the file while the writer is
	 * still open (as a kill -9 would leave it): without the sync the committed row is not there yet. (The background
	 * writer's delay is raised from 500 ms to a minute so that "not yet" does not depend on how fast this runs.)
	 */
	@Test
	void aSyncingConnectionHasTheCommitOnDiskWhenCommitReturns() throws Exception {
		Path folder = Files.createTempDirectory("durable");
		String url = "jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL";
		try (Connection plain = DriverManager.getConnection(url, "sa", "")) {
			try (Statement s = plain.createStatement()) {
				s.execute("set write_delay 60000");
				s.execute("create table t (id int primary key)");
				s.execute("checkpoint sync");
			}
			plain.setAutoCommit(false);
			try (Statement s = plain.createStatement()) {
				s.execute("insert into t values (1)");
			}
			plain.commit();
			assertThat(rowsOnDisk(folder, "plain")).as("H2 alone: committed but not yet written").isZero();
			Connection syncing = DurableCommits.syncing(plain);
			try (Statement s = syncing.createStatement()) {
				s.execute("insert into t values (2)");
			}
			syncing.commit();
			assertThat(rowsOnDisk(folder, "synced")).isEqualTo(2);
		}
	}

	private static long rowsOnDisk(Path folder, String copy) throws Exception {
		Path snapshot = folder.resolve(copy + ".mv.db");
		Files.copy(folder.resolve("db.mv.db"), snapshot);
		try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(copy) + ";ACCESS_MODE_DATA=r",
				"sa", ""); Statement s = c.createStatement(); var rs = s.executeQuery("select count(*) from t")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
