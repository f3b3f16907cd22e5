package org.fazhi.audit;

import java.util.List;
import java.util.Set;

import org.fazhi.shared.shell.ConsoleMenuItem;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class AuditWeb {

	@Bean
	@Order(30)
	ModuleRoutes auditRoutes() {
		return () -> List.of(Route.anyOf("/console/audit", "audit:read"), Route.anyOf("/console/audit/**", "audit:read"));
	}

	@Bean
	ConsoleMenuItem auditMenu() {
		return new ConsoleMenuItem("系统管理", "审计日志", "/console/audit", 920, Set.of("audit:read"));
	}
}
