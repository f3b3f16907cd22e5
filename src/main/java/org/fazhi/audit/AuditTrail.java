package org.fazhi.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.servlet.http.HttpServletRequest;

import org.fazhi.audit.persistence.AuditEntryRepository;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

	private final AuditChain chain;

	private final AuditCheckpoints checkpoints;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, AuditChain chain, AuditCheckpoints checkpoints, Clock clock) {
		this.entries = entries;
		this.chain = chain;
		this.checkpoints = checkpoints;
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
		AuditChain.AppendRequest pending = new AuditChain.AppendRequest(record, record.actor() != null ? record.actor() : currentActor(),
				record.address() != null ? record.address() : currentAddress(), Instant.now(clock));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			chain.append(List.of(pending));
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

	private final class AppendBeforeCommit implements TransactionSynchronization {

		private final List<AuditChain.AppendRequest> pending = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			chain.append(pending);
		}
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
	 * Walks the whole chain: every entry's hash (keyed HMAC, or SHA-256 for legacy entries written before the
	 * upgrade) must match its content, link to its predecessor's hash, and the sequence must have no gaps; the head
	 * row must point at the last entry (a deleted tail shows there); and the chain must match every signed checkpoint
	 * kept outside the database, so a rewrite of the whole chain by someone who can only write to the database shows.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		List<AuditCheckpoints.Checkpoint> signed;
		try {
			signed = checkpoints.read();
		}
		catch (AuditCheckpoints.BrokenCheckpoints e) {
			return new ChainVerification(0, 1L, e.getMessage());
		}
		AuditChain.Head head = chain.head();
		if (signed.isEmpty()) {
			return new ChainVerification(0, 1L, "没有找到签名检查点，无法排除整条日志链被改写");
		}
		return chain.walk(new AuditChain.Head(0, ChainLink.GENESIS), head, signed.get(0).seq(),
				AuditCheckpoints.anchors(signed));
	}

	/** The signed checkpoint file, for the auditor to keep outside the server. */
	public byte[] checkpointFile() {
		return checkpoints.download();
	}

	/** Signs the chain head now (it is also done at start and periodically); empty when nothing changed or broken. */
	public Optional<Long> checkpointNow() {
		return checkpoints.checkpoint().map(AuditCheckpoints.Checkpoint::seq);
	}

	/**
	 * A page of entries, newest first, filtered, that the auditor {@code viewer} may see: those that affect one of
	 * the orgs the viewer reads (its own town, or a district's towns) and those that affect every town; a district
	 * auditor also sees installation-level entries that affect no org (failed sign-ins with unknown user names).
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, Staff viewer, int page) {
		return search(filter, viewer.readableOrgs().stream().map(OrgId::value).toList(), viewer.isDistrict(), page);
	}

	/** What the auditor of {@code town} sees; {@code null}: every entry (for checks across the installation). */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, @Nullable OrgId town, int page) {
		return town == null ? search(filter, null, true, page) : search(filter, List.of(town.value()), false, page);
	}

	private Page<AuditEntry> search(AuditFilter filter, @Nullable List<Long> orgs, boolean orgless, int page) {
		Specification<AuditEntry> spec = (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (orgs != null) {
				Subquery<Long> affects = query.subquery(Long.class);
				Root<AuditEntry> e = affects.from(AuditEntry.class);
				Join<AuditEntry, Long> org = e.join("affectedOrgs");
				affects.select(e.get("seq")).where(cb.equal(e.get("seq"), root.get("seq")), org.in(orgs));
				List<Predicate> visible = new ArrayList<>(
						List.of(cb.isTrue(root.get("affectsAll")), cb.exists(affects)));
				if (orgless) {
					visible.add(cb.isNull(root.get("orgId")));
				}
				p.add(cb.or(visible.toArray(Predicate[]::new)));
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
