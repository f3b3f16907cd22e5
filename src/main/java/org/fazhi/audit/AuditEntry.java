package org.fazhi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** One link of the chain. Never updated or deleted; {@code seq} is gap-free so a deleted row shows. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	static final String GENESIS = "0".repeat(64);

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

	protected AuditEntry() {
	}

	AuditEntry(long seq, Instant occurredAt, String actor, @Nullable Long orgId, @Nullable String address,
			String action, String targetType, @Nullable String targetId, String detail, String prevHash) {
		this.seq = seq;
		// stored at microsecond precision by both databases; hash what is stored
		this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		this.actor = actor;
		this.orgId = orgId;
		this.address = address;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.detail = detail;
		this.prevHash = prevHash;
		this.hash = computeHash();
	}

	/** SHA-256 over the previous hash and every field, with separators that cannot occur unescaped. */
	String computeHash() {
		String canonical = String.join("\u001f", Long.toString(seq), occurredAt.toString(), actor,
				String.valueOf(orgId), String.valueOf(address), action, targetType, String.valueOf(targetId), detail,
				prevHash);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
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
}
