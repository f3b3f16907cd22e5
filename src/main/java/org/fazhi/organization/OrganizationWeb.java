package org.fazhi.organization;

import java.util.List;
import java.util.Set;

import org.fazhi.shared.shell.ConsoleMenuItem;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class OrganizationWeb {

	@Bean
	@Order(20)
	ModuleRoutes organizationRoutes() {
		return () -> List.of(Route.anyOf("/console/organization", "organization:manage", "organization:read"),
				Route.anyOf("/console/organization/**", "organization:manage", "organization:read"));
	}

	@Bean
	ConsoleMenuItem organizationMenu() {
		return new ConsoleMenuItem("系统管理", "组织机构", "/console/organization", 880,
				Set.of("organization:manage", "organization:read"));
	}
}
