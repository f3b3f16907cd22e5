package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation whose audit chain was written before the chain was keyed: its legacy (SHA-256) entries keep
 * verifying after the upgrade, new entries are keyed, and the first start signs a checkpoint of the legacy chain, so
 * a database writer who later rewrites the legacy entries (recomputing SHA-256, which needs no key) is found.
 */
class AuditChainUpgradeTests {

	private static final String GENESIS = "0".repeat(64);

	@Test
	void legacyEntriesStillVerifyAndARewriteOfThemIsCaughtByTheCheckpointOfTheFirstStart() throws Exception {
		Path folder = StartupSupport.freshDataFolder("audit-upgrade");
		String url = "jdbc:h2:file:" + folder.resolve("fazhi") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
		// the schema as it was before the keyed chain, with three entries the unkeyed code wrote
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common").target("130.1").load()
			.migrate();
		JdbcTemplate old = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		String prev = GENESIS;
		for (long seq = 1; seq <= 3; seq++) {
			prev = insertLegacy(old, seq, "升级前的记录 " + seq, prev);
		}
		old.update("update audit_chain_head set last_seq = 3, last_hash = ? where id = 1", prev);

		try (ConfigurableApplicationContext app = StartupSupport.start(folder, "demo")) {
			AuditTrail trail = app.getBean(AuditTrail.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(trail.verify().intact()).isTrue();
			assertThat(jdbc.queryForList("select chain_version from audit_entry where seq <= 3", Integer.class))
				.containsOnly(1);
			assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq > 3 and chain_version = 2",
					Long.class)).isPositive();
			assertThat(Files.readString(folder.resolve("audit-checkpoints.txt"))).contains("Ed25519");

			// a database writer drops everything after the legacy entries, edits one and recomputes SHA-256:
			// without the checkpoint this is a consistent legacy chain
			jdbc.update("delete from audit_affected_org where seq > 3");
			jdbc.update("delete from audit_entry where seq > 3");
			jdbc.update("delete from audit_entry where seq >= 2");
			String forged = jdbc.queryForObject("select hash from audit_entry where seq = 1", String.class);
			forged = insertLegacy(jdbc, 2, "被改写的升级前记录", forged);
			forged = insertLegacy(jdbc, 3, "升级前的记录 3", forged);
			jdbc.update("update audit_chain_head set last_seq = 3, last_hash = ? where id = 1", forged);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).contains("签名检查点");
		}
	}

	/** An entry exactly as the unkeyed code wrote it: SHA-256 over the fields and the previous hash. */
	private static String insertLegacy(JdbcTemplate jdbc, long seq, String detail, String prev) throws Exception {
		Instant at = Instant.parse("2026-01-05T02:00:00Z").plusSeconds(seq).truncatedTo(ChronoUnit.MICROS);
		String canonical = String.join("\u001f", Long.toString(seq), at.toString(), "admin", "null", "127.0.0.1",
				"test.legacy", "test", "null", detail, prev);
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		jdbc.update("insert into audit_entry (seq, occurred_at, actor, org_id, address, action, target_type, target_id,"
				+ " detail, prev_hash, hash) values (?, ?, 'admin', null, '127.0.0.1', 'test.legacy', 'test', null, ?, ?, ?)",
				seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), detail, prev, hash);
		return hash;
	}
}
