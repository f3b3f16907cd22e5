package org.fazhi.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A staff account: bound to one org, holding roles. Failed sign-ins are counted but never lock it (see
 * {@link SignInThrottle}); a lock from before that change still expires or is lifted by the 安全管理员.
 */
@Entity
@Table(name = "identity_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Size(max = 32)
	private String username;

	@Column(name = "display_name")
	@Size(max = 50)
	private String displayName;

	@Column(name = "password_hash")
	@Size(max = 255)
	private String passwordHash;

	/** Role names, comma-separated; few enough per account that a join table buys nothing. */
	@Size(max = 255)
	private String roles;

	private boolean enabled;

	@Column(name = "failed_sign_ins")
	private int failedSignIns;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "password_changed_at")
	private @Nullable Instant passwordChangedAt;

	private boolean demo;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(OrgId org, String username, String displayName, String passwordHash, Set<Role> roles, boolean demo,
			boolean mustChangePassword, Instant now) {
		this.orgId = org.value();
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		assignRoles(roles);
		this.enabled = true;
		this.demo = demo;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
	}

	void assignRoles(Set<Role> newRoles) {
		if (newRoles.isEmpty()) {
			throw new RuleViolation("identity.roles.empty");
		}
		if (!Role.compatible(newRoles)) {
			throw new RuleViolation("identity.roles.separation");
		}
		this.roles = newRoles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	/**
	 * Counts a failed sign-in, for the account page. It never locks: a lock that anyone can trigger by typing wrong
	 * passwords would let an attacker keep any account (even the only 安全管理员) out; guessing is slowed by
	 * {@link SignInThrottle} instead.
	 */
	void recordFailedSignIn() {
		failedSignIns++;
	}

	void recordSuccessfulSignIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	void unlock() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.passwordChangedAt = now;
	}

	/** An administrator's reset: the holder must choose a new password at the next sign-in. */
	void resetPassword(String initialHash) {
		this.passwordHash = initialHash;
		this.mustChangePassword = true;
		unlock();
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	public long id() {
		return id;
	}

	public OrgId org() {
		return OrgId.of(orgId);
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(result::add);
		return result;
	}

	public boolean enabled() {
		return enabled;
	}

	public int failedSignIns() {
		return failedSignIns;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public boolean demo() {
		return demo;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
