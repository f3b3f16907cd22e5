package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.shared.OrgId;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trail is hash-chained: an edited or deleted row is found by verify(), and the row is named. The chain is keyed
 * with the deployment secret and anchored by signed checkpoints outside the database, so someone who can write to the
 * database but holds neither cannot recompute it into something that verifies.
 */
@FazhiTest
class AuditChainTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	IdentityService identity;

	@Test
	void entriesLinkToTheirPredecessor() {
		long first = append("链接测试一");
		long second = append("链接测试二");
		assertThat(second).isEqualTo(first + 1);
		Map<String, Object> a = row(first);
		Map<String, Object> b = row(second);
		assertThat(b.get("prev_hash")).isEqualTo(a.get("hash"));
		assertThat((String) b.get("hash")).hasSize(64).isNotEqualTo(a.get("hash"));
		assertThat(jdbc.queryForObject("select last_hash from audit_chain_head where id = 1", String.class))
			.isEqualTo(b.get("hash"));
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anEditedRowIsReportedBySequenceNumber() {
		long seq = append("原始内容");
		append("后续记录");
		assertThat(trail.verify().intact()).isTrue();
		String original = (String) row(seq).get("detail");
		try {
			jdbc.update("update audit_entry set detail = ? where seq = ?", "被篡改的内容", seq);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("第 " + seq + " 条").contains("改动");
			assertThat(result.checked()).isEqualTo(seq - 1);
		}
		finally {
			jdbc.update("update audit_entry set detail = ? where seq = ?", original, seq);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aDeletedRowIsReported() {
		long seq = append("将被删除");
		append("删除后仍在");
		Map<String, Object> saved = row(seq);
		try {
			jdbc.update("delete from audit_affected_org where seq = ?", seq);
			assertThat(jdbc.update("delete from audit_entry where seq = ?", seq)).isEqualTo(1);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("缺少第 " + seq + " 条");
		}
		finally {
			insert(saved);
			jdbc.update("insert into audit_affected_org (seq, org_id) values (?, 1)", seq);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aDeletedLastRowIsReportedThroughTheHead() {
		long seq = append("链尾");
		Map<String, Object> saved = row(seq);
		try {
			jdbc.update("delete from audit_affected_org where seq = ?", seq);
			jdbc.update("delete from audit_entry where seq = ?", seq);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			insert(saved);
			jdbc.update("insert into audit_affected_org (seq, org_id) values (?, 1)", seq);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void newEntriesAreKeyedNotAPlainSha256OfTheRow() {
		long seq = append("带密钥的记录");
		Map<String, Object> row = row(seq);
		assertThat(((Number) row.get("chain_version")).intValue()).isEqualTo(2);
		assertThat(row.get("hash")).isNotEqualTo(sha256Of(seq, (String) row.get("prev_hash")));
	}

	@Test
	void anAttackerWithoutTheKeyWhoEditsARowAndRecomputesEveryLaterHashWithSha256IsDetected() {
		long seq = append("原始内容（将被攻击者改写）");
		append("后续记录一");
		append("后续记录二");
		assertThat(trail.verify().intact()).isTrue();
		List<Map<String, Object>> saved = rowsFrom(seq);
		try {
			jdbc.update("update audit_entry set detail = ? where seq = ?", "攻击者改写的内容", seq);
			rewriteWithSha256(seq, false);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("第 " + seq + " 条").contains("改动");
		}
		finally {
			restore(saved);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anAttackerWhoPassesTheRewrittenRowsOffAsLegacyUnkeyedEntriesIsDetected() {
		long seq = append("原始内容（将被冒充为旧版记录）");
		append("后续记录");
		List<Map<String, Object>> saved = rowsFrom(seq);
		try {
			jdbc.update("update audit_entry set detail = ? where seq = ?", "攻击者改写的内容", seq);
			rewriteWithSha256(seq, true);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("旧版哈希");
		}
		finally {
			restore(saved);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aCutOffTailWithTheHeadMovedBackIsCaughtByTheSignedCheckpoint() {
		long kept = append("保留的记录");
		append("将被截去一");
		long last = append("将被截去二");
		assertThat(trail.checkpointNow()).contains(last);
		List<Map<String, Object>> saved = rowsFrom(kept + 1);
		String keptHash = (String) row(kept).get("hash");
		try {
			// everything a database writer needs to make the shortened chain consistent: no hash is recomputed
			jdbc.update("delete from audit_affected_org where seq > ?", kept);
			jdbc.update("delete from audit_entry where seq > ?", kept);
			jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", kept, keptHash);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).contains("签名检查点记载到第 " + last + " 条");
		}
		finally {
			for (Map<String, Object> r : saved) {
				insert(r);
				jdbc.update("insert into audit_affected_org (seq, org_id) values (?, 1)", r.get("seq"));
			}
			restore(saved);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theCheckpointFileCarriesItsPublicKeyAndEachLineVerifiesWithTheJdkAlone() throws Exception {
		long last = append("检查点");
		assertThat(trail.checkpointNow()).contains(last);
		List<String> lines = new String(trail.checkpointFile(), StandardCharsets.UTF_8).lines().toList();
		String header = lines.get(0);
		assertThat(header).startsWith("#").contains("Ed25519");
		PublicKey key = KeyFactory.getInstance("Ed25519")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(header.substring(header.lastIndexOf('：') + 1))));
		String[] f = lines.get(lines.size() - 1).split("\t");
		assertThat(Long.parseLong(f[0])).isEqualTo(last);
		assertThat(f[1]).isEqualTo(row(last).get("hash"));
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(key);
		signature.update(("fazhi-audit-checkpoint\n" + f[0] + "\n" + f[1] + "\n" + f[2]).getBytes(StandardCharsets.UTF_8));
		assertThat(signature.verify(Base64.getDecoder().decode(f[3]))).isTrue();
	}

	@Test
	void aForgedCheckpointLineIsReportedAndNeverTrusted() throws Exception {
		append("伪造检查点之前");
		assertThat(trail.checkpointNow()).isPresent();
		Path file = checkpoints.file();
		String original = Files.readString(file);
		long head = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
		try {
			// someone who can write the file but lacks the key appends a checkpoint of a chain of his own
			Files.writeString(file, head + "\t" + "f".repeat(64) + "\t2026-12-03T00:00:00Z\t"
					+ Base64.getEncoder().encodeToString(new byte[64]) + "\n", StandardOpenOption.APPEND);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.problem()).contains("签名检查点文件第").contains("签名无效");
			assertThat(trail.checkpointNow()).isEmpty();
		}
		finally {
			Files.writeString(file, original);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theAuditorDownloadsTheCheckpointsFromTheConsoleAndNobodyElseCan() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(get("/console/audit/checkpoints").with(staffs.as("auditor")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("audit-checkpoints.txt")))
			.andExpect(content().string(containsString("Ed25519")));
		mvc.perform(get("/console/audit/checkpoints").with(staffs.as("admin"))).andExpect(status().isForbidden());
	}

	/** What someone who can write to the database but lacks the deployment secret can compute: SHA-256 of the row. */
	private String sha256Of(long seq, String prevHash) {
		Map<String, Object> r = row(seq);
		String canonical = String.join("\u001f", Long.toString(seq), occurredAt(seq).toString(), (String) r.get("actor"),
				String.valueOf(r.get("org_id")), String.valueOf(r.get("address")), (String) r.get("action"),
				(String) r.get("target_type"), String.valueOf(r.get("target_id")), (String) r.get("detail"), prevHash);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The attacker's rewrite: every hash from {@code seq} to the head, and the head, recomputed with SHA-256. */
	private void rewriteWithSha256(long seq, boolean passAsLegacy) {
		String prev = jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class, seq - 1);
		long head = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
		for (long s = seq; s <= head; s++) {
			String hash = sha256Of(s, prev);
			jdbc.update("update audit_entry set prev_hash = ?, hash = ?, chain_version = ? where seq = ?", prev, hash,
					passAsLegacy ? 1 : 2, s);
			prev = hash;
		}
		jdbc.update("update audit_chain_head set last_hash = ? where id = 1", prev);
	}

	private List<Map<String, Object>> rowsFrom(long seq) {
		return jdbc.queryForList("select * from audit_entry where seq >= ? order by seq", seq);
	}

	private void restore(List<Map<String, Object>> saved) {
		for (Map<String, Object> r : saved) {
			jdbc.update("update audit_entry set detail = ?, prev_hash = ?, hash = ?, chain_version = ? where seq = ?",
					r.get("detail"), r.get("prev_hash"), r.get("hash"), r.get("chain_version"), r.get("seq"));
		}
		Map<String, Object> last = saved.get(saved.size() - 1);
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last.get("seq"),
				last.get("hash"));
	}

	private void insert(Map<String, Object> saved) {
		jdbc.update("insert into audit_entry (seq, occurred_at, actor, org_id, address, action, target_type, "
				+ "target_id, detail, prev_hash, hash, chain_version, affects_all) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				saved.get("seq"), saved.get("occurred_at"), saved.get("actor"), saved.get("org_id"),
				saved.get("address"), saved.get("action"), saved.get("target_type"), saved.get("target_id"),
				saved.get("detail"), saved.get("prev_hash"), saved.get("hash"), saved.get("chain_version"),
				saved.get("affects_all"));
	}

	private Instant occurredAt(long seq) {
		return jdbc.queryForObject("select occurred_at from audit_entry where seq = ?",
				(rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant(), seq);
	}

	private long append(String detail) {
		trail.record(AuditRecord.of("test.chain", "test", null, OrgId.of(1), detail).by("测试", "127.0.0.1"));
		return jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
	}

	private Map<String, Object> row(long seq) {
		return jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
	}
}
