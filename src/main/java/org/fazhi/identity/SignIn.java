package org.fazhi.identity;

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

import org.jspecify.annotations.Nullable;

/** One line of the sign-in log (登录日志): who tried, when, from where, with what outcome. */
@Entity
@Table(name = "identity_signin")
public class SignIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Size(max = 64)
	private String username;

	@Column(name = "org_id")
	private @Nullable Long orgId;

	@Enumerated(EnumType.STRING)
	private SignInOutcome outcome;

	@Size(max = 64)
	private @Nullable String address;

	@Column(name = "user_agent")
	@Size(max = 255)
	private @Nullable String userAgent;

	protected SignIn() {
	}

	SignIn(Instant occurredAt, String username, @Nullable Long orgId, SignInOutcome outcome, @Nullable String address,
			@Nullable String userAgent) {
		this.occurredAt = occurredAt;
		this.username = username.length() > 64 ? username.substring(0, 64) : username;
		this.orgId = orgId;
		this.outcome = outcome;
		this.address = address;
		this.userAgent = userAgent != null && userAgent.length() > 255 ? userAgent.substring(0, 255) : userAgent;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String username() {
		return username;
	}

	public SignInOutcome outcome() {
		return outcome;
	}

	public @Nullable String address() {
		return address;
	}

	public @Nullable String userAgent() {
		return userAgent;
	}
}
