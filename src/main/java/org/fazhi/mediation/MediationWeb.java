package org.fazhi.mediation;

import java.util.List;
import java.util.Set;

import org.fazhi.shared.shell.ConsoleMenuItem;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class MediationWeb {

	@Bean
	@Order(330)
	ModuleRoutes mediationRoutes() {
		// District supervisors and the town's leaders read; only the town's mediators change anything.
		return () -> List.of(
				Route.anyOf(HttpMethod.GET, "/console/mediation/statistics", "mediation:handle", "district:read",
						"leader:approve"),
				// leaders open the list and the record behind a figure of the statistics or a risk alert (read only;
				// the handlers under /console/mediation/* narrow further with @PreAuthorize)
				Route.anyOf(HttpMethod.GET, "/console/mediation", "mediation:handle", "district:read", "leader:approve"),
				Route.anyOf(HttpMethod.GET, "/console/mediation/*", "mediation:handle", "district:read",
						"leader:approve"),
				Route.anyOf(HttpMethod.GET, "/console/mediation/**", "mediation:handle", "district:read"),
				Route.anyOf("/console/mediation/**", "mediation:handle"),
				Route.anyOf("/console/mediation", "mediation:handle"));
	}

	@Bean
	ConsoleMenuItem mediationMenu() {
		return new ConsoleMenuItem("业务办理", "矛盾纠纷调处", "/console/mediation", 400,
				Set.of("mediation:handle", "district:read"));
	}

	@Bean
	ConsoleMenuItem screeningMenu() {
		return new ConsoleMenuItem("业务办理", "矛盾纠纷排查", "/console/mediation/screening", 401,
				Set.of("mediation:handle", "district:read"));
	}

	@Bean
	ConsoleMenuItem mediationStatisticsMenu() {
		return new ConsoleMenuItem("统计报表", "人民调解统计", "/console/mediation/statistics", 700,
				Set.of("mediation:handle", "district:read", "leader:approve"));
	}
}
