package org.fazhi.petition;

import java.util.List;
import java.util.Set;

import org.fazhi.shared.shell.ConsoleMenuItem;
import org.fazhi.shared.shell.PortalNavItem;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PetitionWeb {

	static final String[] READERS = { "petition:handle", "supervise", "district:read" };

	@Bean
	@Order(40)
	ModuleRoutes petitionRoutes() {
		return () -> List.of(Route.publicRoute("/petitions"), Route.publicRoute("/petitions/rate"),
				Route.publicRoute(HttpMethod.GET, "/petitions/letters/**"),
				Route.publicRoute(HttpMethod.POST, "/api/v1/petitions"),
				Route.anyOf(HttpMethod.GET, "/console/petitions", READERS),
				Route.anyOf("/console/petitions/new", "petition:handle"),
				Route.anyOf("/console/petitions/ledger", "petition:handle", "supervise", "district:read"),
				Route.anyOf("/console/petitions/ledger/import", "petition:handle"),
				Route.anyOf(HttpMethod.POST, "/console/petitions", "petition:handle"),
				Route.anyOf(HttpMethod.GET, "/console/petitions/*", READERS),
				Route.anyOf(HttpMethod.GET, "/console/petitions/*/letters/*", READERS),
				Route.anyOf(HttpMethod.POST, "/console/petitions/*/supervise", "supervise"),
				Route.anyOf(HttpMethod.POST, "/console/petitions/*/identity", "petition:handle", "petition:identity"),
				Route.anyOf(HttpMethod.POST, "/console/petitions/*/extension/*", "leader:approve"),
				Route.anyOf(HttpMethod.POST, "/console/petitions/*/*", "petition:handle"),
				Route.anyOf("/console/petition-reviews", "petition:review"),
				Route.anyOf("/console/petition-reviews/**", "petition:review"));
	}

	@Bean
	ConsoleMenuItem petitionMenu() {
		return new ConsoleMenuItem("业务办理", "信访", "/console/petitions", 220, Set.of(READERS));
	}

	@Bean
	ConsoleMenuItem petitionReviewMenu() {
		return new ConsoleMenuItem("业务办理", "信访复查复核", "/console/petition-reviews", 221, Set.of("petition:review"));
	}

	@Bean
	ConsoleMenuItem petitionStatisticsMenu() {
		return new ConsoleMenuItem("统计报表", "信访统计", "/console/petitions/statistics", 710, Set.of(READERS));
	}

	@Bean
	PortalNavItem petitionNav() {
		return new PortalNavItem("信访", "/petitions", 40);
	}
}
