package org.fazhi.petition.web;

import java.util.HashMap;
import java.util.Map;

import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.petition.PetitionService;
import org.fazhi.petition.PetitionStatistics;
import org.fazhi.petition.PetitionStatistics.Figure;
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
 * A town's petition figures of a year with their formulas; every number links to the list of the records it
 * counts (the list filters by the same predicate, {@link Figure}).
 */
@Controller
class PetitionStatisticsController {

	private final PetitionStatistics statistics;

	private final PetitionService service;

	private final OrganizationService organization;

	PetitionStatisticsController(PetitionStatistics statistics, PetitionService service,
			OrganizationService organization) {
		this.statistics = statistics;
		this.service = service;
		this.organization = organization;
	}

	@GetMapping("/console/petitions/statistics")
	@PreAuthorize("hasAnyAuthority('petition:handle', 'supervise', 'district:read')")
	String statistics(@RequestParam(required = false) @Nullable Long org,
			@RequestParam(required = false) @Nullable Integer year, @AuthenticationPrincipal Staff user, Model model) {
		OrgId scope = organization.scopeFor(user, org);
		int y = year == null || year < 2000 || year > 2100 ? service.today().getYear() : year;
		Map<String, Long> villageIds = new HashMap<>();
		for (Village v : organization.villages(scope)) {
			villageIds.put(v.name(), v.id());
		}
		PetitionStatistics.Figures f = statistics.year(scope, y);
		model.addAttribute("f", f);
		model.addAttribute("satisfiedCount", f.bySatisfaction().entrySet().stream().filter(e -> e.getKey().counts())
			.mapToLong(Map.Entry::getValue).sum());
		model.addAttribute("year", y);
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", organization.townsReadableBy(user));
		model.addAttribute("villageIds", villageIds);
		model.addAttribute("base", "/console/petitions?org=" + scope.value() + "&year=" + y);
		model.addAttribute("figures", Figure.values());
		return "petition/console/statistics";
	}
}
