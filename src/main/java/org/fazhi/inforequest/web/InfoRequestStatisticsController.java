package org.fazhi.inforequest.web;

import org.fazhi.inforequest.Channel;
import org.fazhi.inforequest.InfoRequestStatistics;
import org.fazhi.inforequest.ReplyResult;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A town's information-request figures of a year, as the 法治政府建设 report cites them (received, answered within
 * the statutory period, carried over), with overdue requests and the split by channel and reply result.
 */
@Controller
class InfoRequestStatisticsController {

	private final InfoRequestStatistics statistics;

	private final OrganizationService organization;

	private final java.time.Clock clock;

	InfoRequestStatisticsController(InfoRequestStatistics statistics, OrganizationService organization,
			java.time.Clock clock) {
		this.statistics = statistics;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/console/inforequests/statistics")
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'report:read', 'district:read', 'leader:approve')")
	String statistics(@RequestParam(required = false) @Nullable Long org,
			@RequestParam(required = false) @Nullable Integer year, @AuthenticationPrincipal Staff user, Model model) {
		OrgId scope = organization.scopeFor(user, org);
		int thisYear = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear();
		// an impossible year shows the current one rather than an error page
		int y = year == null || year < 2000 || year > 2100 ? thisYear : year;
		model.addAttribute("f", statistics.year(scope, y));
		model.addAttribute("year", y);
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", organization.townsReadableBy(user));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("results", ReplyResult.values());
		return "inforequest/console/statistics";
	}
}
