package org.fazhi.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.identity.persistence.AccountRepository;
import org.fazhi.identity.persistence.SignInRepository;
import org.fazhi.organization.OrgKind;
import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.StaffDirectory;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and sign-in: creation, roles, lockout, passwords. Every change is audited. */
@Service
@Transactional
public class IdentityService implements UserDetailsService, StaffDirectory {

	private final AccountRepository accounts;

	private final SignInRepository signIns;

	private final OrganizationService organization;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	IdentityService(AccountRepository accounts, SignInRepository signIns, OrganizationService organization,
			PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.signIns = signIns;
		this.organization = organization;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffUser loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		OrgSummary org = organization.org(account.org());
		return new StaffUser(account, org.name(), org.kind() == OrgKind.DISTRICT,
				organization.readableFrom(account.org()), account.isLocked(clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public Staff staff(String username) {
		return loadUserByUsername(username);
	}

	/** Creates an account with an initial password that its holder must change at the first sign-in. */
	public Account createAccount(Staff by, OrgId org, String username, String displayName, String initialPassword,
			Set<Role> roles) {
		requireManages(by, org);
		return create(org, username, displayName, initialPassword, roles, false, true);
	}

	/** For demo data and the production bootstrap admin; not reachable from the web. */
	public Account createSystemAccount(OrgId org, String username, String displayName, String password,
			Set<Role> roles, boolean demo, boolean mustChange) {
		return create(org, username, displayName, password, roles, demo, mustChange);
	}

	private Account create(OrgId org, String username, String displayName, String password, Set<Role> roles,
			boolean demo, boolean mustChange) {
		String name = username.trim();
		if (!name.matches("[A-Za-z0-9_.-]{3,32}")) {
			throw new RuleViolation("identity.username.format");
		}
		if (accounts.existsByUsername(name)) {
			throw new RuleViolation("identity.username.taken", name);
		}
		PasswordPolicy.problemWith(password, name).ifPresent(key -> {
			throw new RuleViolation(key);
		});
		organization.org(org);
		Account account = accounts.save(new Account(org, name, displayName.trim(), encoder.encode(password), roles,
				demo, mustChange, clock.instant()));
		audit.record(AuditRecord.of("identity.account.created", "account", account.id(), org,
				"创建账户 " + name + "（" + displayName.trim() + "），角色：" + labels(roles)));
		return account;
	}

	@Transactional(readOnly = true)
	public List<Account> accounts(OrgId org) {
		return accounts.findByOrgIdOrderByUsername(org.value());
	}

	/** An account of an org the caller administers; any other is {@link NotFound}. */
	@Transactional(readOnly = true)
	public Account account(Staff by, long id) {
		return accounts.findById(id).filter(a -> manages(by, a.org())).orElseThrow(() -> new NotFound("account"));
	}

	public void assignRoles(Staff by, long accountId, Set<Role> roles) {
		Account account = account(by, accountId);
		if (account.id() == by.accountId()) {
			throw new RuleViolation("identity.roles.self");
		}
		Set<Role> before = account.roles();
		account.assignRoles(roles);
		audit.record(AuditRecord.of("identity.account.roles", "account", account.id(), account.org(),
				account.username() + " 角色：" + labels(before) + " → " + labels(roles)));
	}

	public void unlock(Staff by, long accountId) {
		Account account = account(by, accountId);
		account.unlock();
		audit.record(AuditRecord.of("identity.account.unlocked", "account", account.id(), account.org(),
				"解锁账户 " + account.username()));
	}

	public void resetPassword(Staff by, long accountId, String initialPassword) {
		Account account = account(by, accountId);
		PasswordPolicy.problemWith(initialPassword, account.username()).ifPresent(key -> {
			throw new RuleViolation(key);
		});
		account.resetPassword(encoder.encode(initialPassword));
		audit.record(AuditRecord.of("identity.account.password-reset", "account", account.id(), account.org(),
				"重置账户 " + account.username() + " 的密码，下次登录须修改"));
	}

	public void setEnabled(Staff by, long accountId, boolean enabled) {
		Account account = account(by, accountId);
		if (account.id() == by.accountId()) {
			throw new RuleViolation("identity.disable.self");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		audit.record(AuditRecord.of(enabled ? "identity.account.enabled" : "identity.account.disabled", "account",
				account.id(), account.org(), (enabled ? "启用账户 " : "停用账户 ") + account.username()));
	}

	public void changeOwnPassword(long accountId, String current, String next) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFound("account"));
		if (!encoder.matches(current, account.passwordHash())) {
			throw new RuleViolation("password.current-wrong");
		}
		if (encoder.matches(next, account.passwordHash())) {
			throw new RuleViolation("password.same");
		}
		PasswordPolicy.problemWith(next, account.username()).ifPresent(key -> {
			throw new RuleViolation(key);
		});
		account.changePassword(encoder.encode(next), clock.instant());
		audit.record(AuditRecord.of("identity.password.changed", "account", account.id(), account.org(),
				account.username() + " 修改了自己的密码"));
	}

	/** A failed sign-in; kept in its own transaction so that the count survives the failed request. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailedSignIn(String username, @Nullable String address, @Nullable String userAgent) {
		Instant now = clock.instant();
		var account = accounts.findByUsername(username.trim());
		SignInOutcome outcome = SignInOutcome.BAD_CREDENTIALS;
		if (account.isPresent()) {
			Account a = account.get();
			if (!a.enabled()) {
				outcome = SignInOutcome.DISABLED;
			}
			else if (a.isLocked(now)) {
				outcome = SignInOutcome.LOCKED;
			}
			else {
				a.recordFailedSignIn();
			}
		}
		Long orgId = account.map(a -> a.org().value()).orElse(null);
		signIns.save(new SignIn(now, username, orgId, outcome, address, userAgent));
		audit.record(new AuditRecord("identity.signin.failed", "account", account.map(a -> "" + a.id()).orElse(null),
				orgId == null ? null : OrgId.of(orgId), outcome.label() + "：" + username, username, address));
	}

	public void recordSignIn(StaffUser user, @Nullable String address, @Nullable String userAgent) {
		accounts.findById(user.accountId()).ifPresent(Account::recordSuccessfulSignIn);
		signIns.save(new SignIn(clock.instant(), user.username(), user.org().value(), SignInOutcome.SUCCESS, address,
				userAgent));
		audit.record(new AuditRecord("identity.signin", "account", "" + user.accountId(), user.org(), "登录成功",
				user.username(), address));
	}

	public void recordSignOut(StaffUser user, @Nullable String address, boolean expired) {
		SignInOutcome outcome = expired ? SignInOutcome.SESSION_EXPIRED : SignInOutcome.SIGN_OUT;
		signIns.save(new SignIn(clock.instant(), user.username(), user.org().value(), outcome, address, null));
		audit.record(new AuditRecord(expired ? "identity.session.expired" : "identity.signout", "account",
				"" + user.accountId(), user.org(), outcome.label(), user.username(), address));
	}

	@Transactional(readOnly = true)
	public Page<SignIn> signIns(Staff by, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), 50);
		return by.isDistrict() ? signIns.findAllByOrderByIdDesc(request)
				: signIns.findByOrgIdOrderByIdDesc(by.org().value(), request);
	}

	@Transactional(readOnly = true)
	public boolean isLocked(@Nullable String username) {
		return username != null
				&& accounts.findByUsername(username.trim()).map(a -> a.isLocked(clock.instant())).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean anyDemoAccount() {
		return accounts.existsByDemoTrue();
	}

	@Transactional(readOnly = true)
	public boolean anyAccount() {
		return accounts.count() > 0;
	}

	private boolean manages(Staff by, OrgId org) {
		return by.readableOrgs().contains(org);
	}

	private void requireManages(Staff by, OrgId org) {
		if (!manages(by, org)) {
			throw new NotFound("org");
		}
	}

	private static String labels(Set<Role> roles) {
		return String.join("、", roles.stream().map(Role::label).toList());
	}
}
