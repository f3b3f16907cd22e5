package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fazhi.FazhiTest;
import org.fazhi.shared.OrgId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trail is hash-chained: an edited or deleted row is found by verify(), and the row is named. */
@FazhiTest
class AuditChainTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

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
			assertThat(jdbc.update("delete from audit_entry where seq = ?", seq)).isEqualTo(1);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("缺少第 " + seq + " 条");
		}
		finally {
			jdbc.update("insert into audit_entry (seq, occurred_at, actor, org_id, address, action, target_type, "
					+ "target_id, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", saved.get("seq"),
					saved.get("occurred_at"), saved.get("actor"), saved.get("org_id"), saved.get("address"),
					saved.get("action"), saved.get("target_type"), saved.get("target_id"), saved.get("detail"),
					saved.get("prev_hash"), saved.get("hash"));
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aDeletedLastRowIsReportedThroughTheHead() {
		long seq = append("链尾");
		Map<String, Object> saved = row(seq);
		try {
			jdbc.update("delete from audit_entry where seq = ?", seq);
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			jdbc.update("insert into audit_entry (seq, occurred_at, actor, org_id, address, action, target_type, "
					+ "target_id, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", saved.get("seq"),
					saved.get("occurred_at"), saved.get("actor"), saved.get("org_id"), saved.get("address"),
					saved.get("action"), saved.get("target_type"), saved.get("target_id"), saved.get("detail"),
					saved.get("prev_hash"), saved.get("hash"));
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	private long append(String detail) {
		trail.record(AuditRecord.of("test.chain", "test", null, OrgId.of(1), detail).by("测试", "127.0.0.1"));
		return jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
	}

	private Map<String, Object> row(long seq) {
		return jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
	}
}
