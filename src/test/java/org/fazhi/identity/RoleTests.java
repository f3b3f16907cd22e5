package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 三权分立: system, security and audit administration are separate people, who do no business work. */
class RoleTests {

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleAloneIsAllowed(Role role) {
		assertThat(Role.compatible(EnumSet.of(role))).isTrue();
	}

	@Test
	void twoAdministrativeRolesAreIncompatible() {
		assertThat(Role.compatible(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN))).isFalse();
		assertThat(Role.compatible(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN))).isFalse();
		assertThat(Role.compatible(EnumSet.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN))).isFalse();
		assertThat(Role.compatible(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN))).isFalse();
	}

	@Test
	void anAdministratorDoesNoBusinessWork() {
		assertThat(Role.compatible(EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER))).isFalse();
		assertThat(Role.compatible(EnumSet.of(Role.AUDIT_ADMIN, Role.PETITION))).isFalse();
		assertThat(Role.compatible(EnumSet.of(Role.SECURITY_ADMIN, Role.DISTRICT_SUPERVISOR))).isFalse();
	}

	@Test
	void businessRolesCombine() {
		assertThat(Role.compatible(EnumSet.of(Role.LEADER, Role.PETITION, Role.MEDIATION))).isTrue();
		assertThat(Role.compatible(EnumSet.of(Role.ENFORCEMENT, Role.DISCLOSURE))).isTrue();
	}

	@Test
	void theAccountRefusesIncompatibleAndEmptyRoleSets() {
		Account account = new Account(OrgId.of(1), "tester", "测试", "{noop}x", EnumSet.of(Role.LEADER), false, false,
				Instant.EPOCH);
		assertThatThrownBy(() -> account.assignRoles(EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER)))
			.isInstanceOfSatisfying(RuleViolation.class,
					e -> assertThat(e.messageKey()).isEqualTo("identity.roles.separation"));
		assertThatThrownBy(() -> account.assignRoles(EnumSet.noneOf(Role.class)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("identity.roles.empty"));
		assertThat(account.roles()).containsExactly(Role.LEADER);
		account.assignRoles(EnumSet.of(Role.PETITION, Role.MEDIATION));
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.PETITION, Role.MEDIATION);
	}

	@Test
	void onlyTheSecurityAdministratorAssignsRolesAndOnlyTheAuditorReadsTheTrail() {
		for (Role role : Role.values()) {
			assertThat(role.permissions().contains("identity:roles")).as(role.name())
				.isEqualTo(role == Role.SECURITY_ADMIN);
			assertThat(role.permissions().contains("audit:read")).as(role.name()).isEqualTo(role == Role.AUDIT_ADMIN);
			assertThat(role.permissions().contains("identity:accounts")).as(role.name())
				.isEqualTo(role == Role.SYSTEM_ADMIN);
		}
	}

	@Test
	void theDistrictSupervisorReadsButManagesNothing() {
		assertThat(Role.DISTRICT_SUPERVISOR.permissions()).contains("district:read", "organization:read")
			.noneMatch(p -> p.endsWith(":manage") || p.endsWith(":handle") || p.equals("identity:accounts"));
	}

	@Test
	void theDistrictPetitionOfficeDecidesReviewsButHandlesNoTownsPetitions() {
		assertThat(Role.DISTRICT_PETITION.permissions()).contains("petition:review", "district:read")
			.doesNotContain("petition:handle", "petition:identity", "supervise");
		assertThat(Role.values()).filteredOn(r -> r.permissions().contains("petition:review"))
			.containsExactly(Role.DISTRICT_PETITION);
		assertThat(Role.compatible(EnumSet.of(Role.SYSTEM_ADMIN, Role.DISTRICT_PETITION))).isFalse();
	}
}
