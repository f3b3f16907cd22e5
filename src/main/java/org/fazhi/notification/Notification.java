package org.fazhi.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** One notice. {@code recipient} is a user name, or empty when every holder of {@code authority} in the org gets it. */
@Entity
@Table(name = "notification_notice")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private @Nullable Long orgId;

	@Size(max = 64)
	private @Nullable String recipient;

	@Size(max = 64)
	private @Nullable String authority;

	@Size(max = 200)
	private String title;

	@Size(max = 2000)
	private String body;

	@Size(max = 300)
	private @Nullable String href;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	protected Notification() {
	}

	Notification(@Nullable Long orgId, @Nullable String recipient, @Nullable String authority, String title, String body,
			@Nullable String href, Instant createdAt) {
		this.orgId = orgId;
		this.recipient = recipient;
		this.authority = authority;
		this.title = title;
		this.body = body;
		this.href = href;
		this.createdAt = createdAt;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public long id() {
		return id;
	}

	public @Nullable String recipient() {
		return recipient;
	}

	public String title() {
		return title;
	}

	public String body() {
		return body;
	}

	public @Nullable String href() {
		return href;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant readAt() {
		return readAt;
	}
}
