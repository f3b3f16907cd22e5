package org.fazhi.portal;

import java.time.Duration;
import java.time.Instant;

import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.SiteDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The town the portal speaks for, with its footer details. Read on every page, so it is cached for a minute
 * instead of queried per request (the portal must be fast, architecture.md).
 */
@Component
public class PortalSite {

	public record Site(@Nullable Long orgId, String name, String fullName, String creditCode, SiteDetails details) {
	}

	private static final Duration TTL = Duration.ofMinutes(1);

	private final OrganizationService organization;

	private volatile @Nullable Site cached;

	private volatile Instant loadedAt = Instant.EPOCH;

	PortalSite(OrganizationService organization) {
		this.organization = organization;
	}

	public Site current() {
		Site site = cached;
		if (site == null || Instant.now().isAfter(loadedAt.plus(TTL))) {
			var town = organization.defaultTown();
			if (town.isEmpty()) {
				// not cached: the first town may be moments away (demo data loads after the server starts)
				return new Site(null, "法治", "法治政府建设工作平台", "", new SiteDetails(null, null, null, null, null, null));
			}
			site = of(town.get());
			cached = site;
			loadedAt = Instant.now();
		}
		return site;
	}

	private static Site of(OrgSummary org) {
		return new Site(org.id().value(), org.name(), org.fullName(), org.creditCode(), org.site());
	}
}
