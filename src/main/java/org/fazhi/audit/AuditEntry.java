package org.fazhi.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the chain, as the console lists it. Never updated or deleted; {@code seq} is gap-free so a deleted
 * row shows. Written and verified through {@link ChainLink} with plain JDBC.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	private Long seq;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Size(max = 64)
	private String actor;

	@Column(name = "org_id")
	private @Nullable Long orgId;

	@Size(max = 64)
	private @Nullable String address;

	@Size(max = 64)
	private String action;

	@Column(name = "target_type")
	@Size(max = 64)
	private String targetType;

	@Column(name = "target_id")
	@Size(max = 64)
	private @Nullable String targetId;

	private String detail;

	@Column(name = "prev_hash")
	@Size(max = 64)
	private String prevHash;

	@Size(max = 64)
	private String hash;

	@Column(name = "chain_version")
	private int chainVersion;

	@Column(name = "affects_all")
	private boolean affectsAll;

	/** The orgs the entry affects (its own org included); their auditors see it. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "audit_affected_org", joinColumns = @JoinColumn(name = "seq"))
	@Column(name = "org_id")
	private Set<Long> affectedOrgs = new HashSet<>();

	protected AuditEntry() {
	}

	public long seq() {
		return seq;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String actor() {
		return actor;
	}

	public @Nullable Long orgId() {
		return orgId;
	}

	public @Nullable String address() {
		return address;
	}

	public String action() {
		return action;
	}

	public String targetType() {
		return targetType;
	}

	public @Nullable String targetId() {
		return targetId;
	}

	public String detail() {
		return detail;
	}

	public String prevHash() {
		return prevHash;
	}

	public String hash() {
		return hash;
	}

	public int chainVersion() {
		return chainVersion;
	}

	public boolean affectsAll() {
		return affectsAll;
	}
}
