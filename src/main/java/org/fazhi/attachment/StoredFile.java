package org.fazhi.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.OrgId;

/** A stored file's record: what it really is (detected type), how big, its hash, where the bytes are. */
@Entity
@Table(name = "attachment_file")
public class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "original_name")
	@Size(max = 255)
	private String originalName;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_type")
	private FileType type;

	@Column(name = "size_bytes")
	private long size;

	@Size(max = 64)
	private String sha256;

	@Column(name = "storage_key")
	@Size(max = 200)
	private String storageKey;

	@Column(name = "stored_by")
	@Size(max = 64)
	private String storedBy;

	@Column(name = "stored_at")
	private Instant storedAt;

	protected StoredFile() {
	}

	StoredFile(OrgId org, String originalName, FileType type, long size, String sha256, String storageKey,
			String storedBy, Instant storedAt) {
		this.orgId = org.value();
		this.originalName = originalName;
		this.type = type;
		this.size = size;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.storedBy = storedBy;
		this.storedAt = storedAt;
	}

	public long id() {
		return id;
	}

	public OrgId org() {
		return OrgId.of(orgId);
	}

	public String originalName() {
		return originalName;
	}

	public FileType type() {
		return type;
	}

	public long size() {
		return size;
	}

	public String sha256() {
		return sha256;
	}

	String storageKey() {
		return storageKey;
	}

	/** 1.2 MB, 356 KB: for attachment lists. */
	public String sizeLabel() {
		if (size >= 1024 * 1024) {
			return String.format("%.1f MB", size / 1024.0 / 1024.0);
		}
		return Math.max(1, size / 1024) + " KB";
	}
}
