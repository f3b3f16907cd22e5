package org.fazhi.organization;

import org.jspecify.annotations.Nullable;

/** What the portal footer shows (政府网站标识码 style details), configured per town. */
public record SiteDetails(@Nullable String sponsor, @Nullable String siteCode, @Nullable String icp,
		@Nullable String psb, @Nullable String address, @Nullable String phone) {
}
