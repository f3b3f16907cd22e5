package org.fazhi.audit;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * What happened, to what, in which org: {@code action} is a dotted code such as {@code identity.signin.failed},
 * {@code detail} says before/after in words. Who and from where are taken from the current request unless given.
 *
 * <p>An entry affects its own {@code org} and any other org in {@code affects}; an installation-wide change
 * ({@code everyTown}: calendar, statutory rules, search index) affects every town. The auditors of those towns see
 * the entry; an entry that affects no org (a failed sign-in with an unknown user name) is seen by district auditors
 * only.
 */
public record AuditRecord(String action, String targetType, @Nullable String targetId, @Nullable OrgId org,
		String detail, @Nullable String actor, @Nullable String address, Set<OrgId> affects, boolean everyTown) {

	public AuditRecord {
		affects = Set.copyOf(affects);
	}

	public AuditRecord(String action, String targetType, @Nullable String targetId, @Nullable OrgId org, String detail,
			@Nullable String actor, @Nullable String address) {
		this(action, targetType, targetId, org, detail, actor, address, Set.of(), false);
	}

	public static AuditRecord of(String action, String targetType, @Nullable Object targetId, @Nullable OrgId org,
			String detail) {
		return new AuditRecord(action, targetType, targetId == null ? null : targetId.toString(), org, detail, null,
				null);
	}

	/** A change of an installation-wide setting, made by an administrator of {@code org}: it affects every town. */
	public static AuditRecord installationWide(String action, String targetType, @Nullable Object targetId,
			@Nullable OrgId org, String detail) {
		return of(action, targetType, targetId, org, detail).affectingEveryTown();
	}

	public AuditRecord by(String actor, @Nullable String address) {
		return new AuditRecord(action, targetType, targetId, org, detail, actor, address, affects, everyTown);
	}

	/** The same entry, naming further orgs it affects (e.g. a district decision on a town's petition). */
	public AuditRecord affecting(OrgId... others) {
		return new AuditRecord(action, targetType, targetId, org, detail, actor, address,
				Stream.concat(affects.stream(), Stream.of(others)).collect(Collectors.toSet()), everyTown);
	}

	public AuditRecord affectingEveryTown() {
		return new AuditRecord(action, targetType, targetId, org, detail, actor, address, affects, true);
	}

	/** The org ids the entry names: its own org and the others it affects. */
	Set<Long> affectedOrgIds() {
		Stream<OrgId> all = org == null ? affects.stream() : Stream.concat(Stream.of(org), affects.stream());
		return all.map(OrgId::value).collect(Collectors.toSet());
	}
}
