package org.fazhi.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.shared.OrgId;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member held in the session: account, org scope, roles and permissions. */
public final class StaffUser implements UserDetails, CredentialsContainer, Staff, Serializable {

	private final long accountId;

	private final String username;

	private final String displayName;

	private final long orgId;

	private final String orgName;

	private final boolean district;

	private final Set<Long> readableOrgIds;

	private final Set<Role> roles;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	StaffUser(Account account, String orgName, boolean district, Set<OrgId> readable, boolean locked) {
		this.accountId = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.orgId = account.org().value();
		this.orgName = orgName;
		this.district = district;
		this.readableOrgIds = readable.stream().map(OrgId::value).collect(Collectors.toCollection(LinkedHashSet::new));
		this.roles = account.roles();
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
		this.locked = locked;
		this.mustChangePassword = account.mustChangePassword();
	}

	private StaffUser(StaffUser other, boolean mustChangePassword) {
		this.accountId = other.accountId;
		this.username = other.username;
		this.displayName = other.displayName;
		this.orgId = other.orgId;
		this.orgName = other.orgName;
		this.district = other.district;
		this.readableOrgIds = other.readableOrgIds;
		this.roles = other.roles;
		this.passwordHash = null;
		this.enabled = other.enabled;
		this.locked = other.locked;
		this.mustChangePassword = mustChangePassword;
	}

	StaffUser withPasswordChanged() {
		return new StaffUser(this, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		Set<String> names = new LinkedHashSet<>();
		for (Role role : roles) {
			names.add("ROLE_" + role.name());
			names.addAll(role.permissions());
			if (district) {
				names.addAll(role.installationPermissions());
			}
		}
		if (mustChangePassword) {
			// until the initial password is replaced, the account may do nothing else
			return List.of(new SimpleGrantedAuthority("identity:change-password"));
		}
		return names.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public boolean can(String authority) {
		return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public OrgId org() {
		return OrgId.of(orgId);
	}

	@Override
	public String orgName() {
		return orgName;
	}

	@Override
	public Set<OrgId> readableOrgs() {
		return readableOrgIds.stream().map(OrgId::of).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	public boolean isDistrict() {
		return district;
	}

	public Set<Role> roles() {
		return roles;
	}

	public String roleLabels() {
		return roles.stream().map(Role::label).collect(Collectors.joining("、"));
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StaffUser other && other.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return username;
	}
}
