package org.fazhi.disclosure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A published revision as it stood before an update (更新 keeps versions). */
@Entity
@Table(name = "disclosure_version")
public class DocumentVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "document_id")
	private long documentId;

	private int revision;

	@Size(max = 300)
	private String title;

	@Column(name = "body_html")
	@Size(max = 100000)
	private String bodyHtml;

	@Size(max = 2000)
	private String metadata;

	@Column(name = "changed_by")
	@Size(max = 64)
	private String changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	@Size(max = 1000)
	private String reason;

	protected DocumentVersion() {
	}

	DocumentVersion(Document d, String changedBy, Instant changedAt, String reason) {
		this.documentId = d.id();
		this.revision = d.revision();
		this.title = d.title();
		this.bodyHtml = d.bodyHtml();
		this.metadata = "发文字号 " + d.docNumber() + "；主题分类 " + d.theme() + "；体裁分类 " + d.genre() + "；发布机构 "
				+ d.publisher() + "；成文日期 " + d.writtenOn() + "；有效性 " + d.validity().label();
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.reason = reason;
	}

	public int revision() {
		return revision;
	}

	public String title() {
		return title;
	}

	public String bodyHtml() {
		return bodyHtml;
	}

	public String metadata() {
		return metadata;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public String reason() {
		return reason;
	}
}
