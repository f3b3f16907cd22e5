package org.fazhi.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.fazhi.shared.ServerKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chain in the database: appends keyed (v2) links under the head row's lock and walks stored links to check
 * them. Plain JDBC, so that what is hashed is exactly what is stored.
 */
@Component
class AuditChain {

	/** Links read per query while walking: bounded memory however long the chain. */
	private static final int PAGE = 2_000;

	private final JdbcTemplate jdbc;

	private final ServerKeys keys;

	AuditChain(JdbcTemplate jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	record Head(long seq, String hash) {
	}

	/** Appends the records in order; the caller's transaction holds the head row's lock until it commits. */
	void append(List<AppendRequest> batch) {
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
		long seq = ((Number) head.get("last_seq")).longValue();
		String prevHash = (String) head.get("last_hash");
		for (AppendRequest p : batch) {
			AuditRecord r = p.record();
			ChainLink link = new ChainLink(++seq, p.at().truncatedTo(ChronoUnit.MICROS), p.actor(),
					r.org() == null ? null : r.org().value(), p.address(), r.action(), r.targetType(), r.targetId(),
					r.detail(), prevHash, ChainLink.KEYED, r.everyTown(), new TreeSet<>(r.affectedOrgIds()));
			String hash = link.hash(keys);
			// a plain insert: the entry is never updated, and JPA's save() would first look for an existing row
			jdbc.update("insert into audit_entry (seq, occurred_at, actor, org_id, address, action, target_type,"
					+ " target_id, detail, prev_hash, hash, chain_version, affects_all)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", link.seq(),
					OffsetDateTime.ofInstant(link.occurredAt(), ZoneOffset.UTC), link.actor(), link.orgId(),
					link.address(), link.action(), link.targetType(), link.targetId(), link.detail(), link.prevHash(),
					hash, link.version(), link.affectsAll());
			for (Long org : link.affectedOrgs()) {
				jdbc.update("insert into audit_affected_org (seq, org_id) values (?, ?)", link.seq(), org);
			}
			prevHash = hash;
		}
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prevHash);
	}

	record AppendRequest(AuditRecord record, String actor, @Nullable String address, java.time.Instant at) {
	}

	Head head() {
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		return new Head(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"));
	}

	/**
	 * Checks the links after {@code from} (a trusted point: the genesis or a checkpoint) up to the head {@code to},
	 * read before: each link's hash matches its content under its version, links to its predecessor, the sequence
	 * has no gap, a legacy (unkeyed) link appears only up to {@code legacyUpTo}, every checkpoint in {@code anchors}
	 * (seq → hash) matches, and the head points at the last link. Links appended after the head was read are left
	 * for the next walk, so concurrent appends never look like damage.
	 */
	ChainVerification walk(Head from, Head to, long legacyUpTo, Map<Long, String> anchors) {
		long expectedSeq = from.seq() + 1;
		String prev = from.hash();
		long checked = from.seq();
		// a deleted run of rows shows as a jump in seq, or (at the end) as a head that points further
		List<Stored> links;
		while (expectedSeq <= to.seq()
				&& !(links = page(expectedSeq, Math.min(expectedSeq + PAGE - 1, to.seq()))).isEmpty()) {
			for (Stored s : links) {
				ChainLink link = s.link();
				String stored = s.hash();
				long seq = link.seq();
				if (seq != expectedSeq) {
					return new ChainVerification(checked, expectedSeq, "缺少第 " + expectedSeq + " 条记录（可能已被删除）");
				}
				if (!link.prevHash().equals(prev)) {
					return new ChainVerification(checked, seq, "第 " + seq + " 条记录与前一条的哈希不衔接");
				}
				if (link.version() == ChainLink.LEGACY && seq > legacyUpTo) {
					return new ChainVerification(checked, seq,
							"第 " + seq + " 条记录使用了不带密钥的旧版哈希，而启用密钥后的记录不会如此（可能已被改写）");
				}
				if (!link.hash(keys).equals(stored)) {
					return new ChainVerification(checked, seq, "第 " + seq + " 条记录的内容已被改动");
				}
				String anchored = anchors.get(seq);
				if (anchored != null && !anchored.equals(stored)) {
					return new ChainVerification(checked, seq, "第 " + seq + " 条记录与签名检查点不符，日志链已被整体改写");
				}
				prev = stored;
				expectedSeq++;
				checked++;
			}
		}
		long last = checked;
		for (Long anchoredSeq : anchors.keySet()) {
			if (anchoredSeq > last) {
				return new ChainVerification(checked, last + 1,
						"签名检查点记载到第 " + anchoredSeq + " 条，库中只有 " + last + " 条：链尾记录已被删除");
			}
		}
		if (to.seq() != last || !prev.equals(to.hash())) {
			return new ChainVerification(checked, last + 1, "链尾记录缺失或链头被改动");
		}
		return new ChainVerification(checked, null, null);
	}

	private record Stored(ChainLink link, String hash) {
	}

	private List<Stored> page(long fromSeq, long toSeq) {
		Map<Long, SortedSet<Long>> affected = new HashMap<>();
		jdbc.query("select seq, org_id from audit_affected_org where seq between ? and ?",
				rs -> {
					affected.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
				}, fromSeq, toSeq);
		return jdbc.query("select * from audit_entry where seq between ? and ? order by seq", (rs, i) -> {
			long seq = rs.getLong("seq");
			Number org = (Number) rs.getObject("org_id");
			return new Stored(new ChainLink(seq, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), org == null ? null : org.longValue(), rs.getString("address"),
					rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
					rs.getString("detail"), rs.getString("prev_hash"), rs.getInt("chain_version"),
					rs.getBoolean("affects_all"), affected.getOrDefault(seq, new TreeSet<>())), rs.getString("hash"));
		}, fromSeq, toSeq);
	}
}
