package org.fazhi.legalservice;

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
class LegalServiceWeb {

	@Bean
	@Order(340)
	ModuleRoutes legalServiceRoutes() {
		return () -> List.of(Route.publicRoute("/legal"), Route.publicRoute("/legal/**"),
				Route.publicRoute(HttpMethod.POST, "/api/v1/consultations"),
				Route.anyOf(HttpMethod.GET, "/console/legal/**", "legalservice:handle", "district:read"),
				Route.anyOf("/console/legal/**", "legalservice:handle"));
	}

	@Bean
	PortalNavItem legalNav() {
		return new PortalNavItem("法律服务", "/legal", 50);
	}

	@Bean
	ConsoleMenuItem consultationsMenu() {
		return new ConsoleMenuItem("业务办理", "法律咨询", "/console/legal/consultations", 410,
				Set.of("legalservice:handle", "district:read"));
	}

	@Bean
	ConsoleMenuItem rostersMenu() {
		return new ConsoleMenuItem("业务办理", "值班表与名册", "/console/legal/rosters", 411,
				Set.of("legalservice:handle", "district:read"));
	}
}
