package org.fazhi.disclosure.web;

import java.time.Duration;
import java.time.Instant;

import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The town the portal speaks for, cached for a minute: the portal must not query it on every request. */
@Component
class PortalTown {

	private final OrganizationService organization;

	private volatile @Nullable OrgSummary cached;

	private volatile Instant loadedAt = Instant.EPOCH;

	PortalTown(OrganizationService organization) {
		this.organization = organization;
	}

	OrgSummary current() {
		OrgSummary town = cached;
		if (town == null || Instant.now().isAfter(loadedAt.plus(Duration.ofMinutes(1)))) {
			town = organization.defaultTown().orElseThrow(() -> new NotFound("town"));
			cached = town;
			loadedAt = Instant.now();
		}
		return town;
	}
}
