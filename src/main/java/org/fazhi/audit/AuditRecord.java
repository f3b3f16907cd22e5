package org.fazhi.audit;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * What happened, to what, in which org: {@code action} is a dotted code such as {@code identity.signin.failed},
 * {@code detail} says before/after in words. Who and from where are taken from the current request unless given.
 */
public record AuditRecord(String action, String targetType, @Nullable String targetId, @Nullable OrgId org,
		String detail, @Nullable String actor, @Nullable String address) {

	public static AuditRecord of(String action, String targetType, @Nullable Object targetId, @Nullable OrgId org,
			String detail) {
		return new AuditRecord(action, targetType, targetId == null ? null : targetId.toString(), org, detail, null,
				null);
	}

	public AuditRecord by(String actor, @Nullable String address) {
		return new AuditRecord(action, targetType, targetId, org, detail, actor, address);
	}
}
