package org.fazhi.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;

import org.fazhi.audit.persistence.AuditEntryRepository;
import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The public face of the audit module. {@link #record} joins the caller's transaction, so a state change and its
 * audit entry commit or roll back together; appends are serialized by locking the chain head row, which works
 * the same on H2 and on PostgreSQL with several application nodes.
 */
@Service
public class AuditTrail {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final AuditEntryRepository entries;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, JdbcTemplate jdbc, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an entry as part of the caller's transaction. The entry is linked into the chain just before that
	 * transaction commits: the chain head row is locked only from then to the commit, not for the whole unit of work,
	 * so audited writes queue on it for the shortest time (bench/README.md), and an entry never outlives a rolled-back
	 * change.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		Pending pending = new Pending(record, record.actor() != null ? record.actor() : currentActor(),
				record.address() != null ? record.address() : currentAddress(), Instant.now(clock));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			append(List.of(pending));
			return;
		}
		// synchronizations are per transaction (suspended for REQUIRES_NEW), so each transaction appends its own
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof AppendBeforeCommit batch) {
				batch.pending.add(pending);
				return;
			}
		}
		AppendBeforeCommit batch = new AppendBeforeCommit();
		batch.pending.add(pending);
		TransactionSynchronizationManager.registerSynchronization(batch);
	}

	private record Pending(AuditRecord record, String actor, @Nullable String address, Instant at) {
	}

	private final class AppendBeforeCommit implements TransactionSynchronization {

		private final List<Pending> pending = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			append(pending);
		}
	}

	private void append(List<Pending> batch) {
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
		long seq = ((Number) head.get("last_seq")).longValue();
		String prevHash = (String) head.get("last_hash");
		for (Pending p : batch) {
			AuditRecord record = p.record();
			AuditEntry entry = new AuditEntry(++seq, p.at(), p.actor(),
					record.org() == null ? null : record.org().value(), p.address(), record.action(),
					record.targetType(), record.targetId(), record.detail(), prevHash);
			// a plain insert: the entry is never updated, and JPA's save() would first look for an existing row
			jdbc.update("insert into audit_entry (seq, occurred_at, actor, org_id, address, action, target_type,"
					+ " target_id, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry.seq(),
					OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(), entry.orgId(),
					entry.address(), entry.action(), entry.targetType(), entry.targetId(), entry.detail(),
					entry.prevHash(), entry.hash());
			prevHash = entry.hash();
		}
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prevHash);
	}

	/** Records in a transaction of its own: for events that must be kept even when the caller fails (failed sign-in). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordIndependently(AuditRecord record) {
		record(record);
	}

	/** Records that a user saw unmasked personal data (architecture: every view is audited). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordPersonalDataView(String targetType, Object targetId, OrgId org, String what) {
		record(AuditRecord.of("personaldata.view", targetType, targetId, org, what));
	}

	/**
	 * Walks the whole chain: every entry's hash must match its content, link to its predecessor's hash, and the
	 * sequence must have no gaps; the head row must point at the last entry (a deleted tail shows there).
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String prev = AuditEntry.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		try (Stream<AuditEntry> all = entries.streamInOrder()) {
			Iterator<AuditEntry> it = all.iterator();
			while (it.hasNext()) {
				AuditEntry e = it.next();
				if (e.seq() != expectedSeq) {
					return new ChainVerification(checked, expectedSeq, "缺少第 " + expectedSeq + " 条记录（可能已被删除）");
				}
				if (!e.prevHash().equals(prev)) {
					return new ChainVerification(checked, e.seq(), "第 " + e.seq() + " 条记录与前一条的哈希不衔接");
				}
				if (!e.computeHash().equals(e.hash())) {
					return new ChainVerification(checked, e.seq(), "第 " + e.seq() + " 条记录的内容已被改动");
				}
				prev = e.hash();
				expectedSeq++;
				checked++;
			}
		}
		var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		if (((Number) head.get("last_seq")).longValue() != checked || !prev.equals(head.get("last_hash"))) {
			return new ChainVerification(checked, checked + 1, "链尾记录缺失或链头被改动");
		}
		return new ChainVerification(checked, null, null);
	}

	/** A page of entries, newest first, filtered; supervisors see every org, others only their own. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, @Nullable OrgId org, int page) {
		Specification<AuditEntry> spec = (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (org != null) {
				p.add(cb.equal(root.get("orgId"), org.value()));
			}
			if (filter.actor() != null && !filter.actor().isBlank()) {
				p.add(cb.equal(root.get("actor"), filter.actor().trim()));
			}
			if (filter.action() != null && !filter.action().isBlank()) {
				p.add(cb.like(root.get("action"), filter.action().trim() + "%"));
			}
			if (filter.from() != null) {
				p.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(ZONE).toInstant()));
			}
			if (filter.to() != null) {
				p.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
		return entries.findAll(spec, PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Direction.DESC, "seq")));
	}

	public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return "系统";
		}
		return auth instanceof AnonymousAuthenticationToken ? "公众" : auth.getName();
	}

	private static @Nullable String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
