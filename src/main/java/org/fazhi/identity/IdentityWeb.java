package org.fazhi.identity;

import java.util.List;
import java.util.Set;

import org.fazhi.shared.shell.ConsoleMenuItem;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class IdentityWeb {

	@Bean
	@Order(10)
	ModuleRoutes identityRoutes() {
		return () -> List.of(Route.publicRoute("/login"), Route.signedIn("/logout"),
				Route.signedIn("/console/password"),
				Route.anyOf("/console/admin/accounts", "identity:accounts", "identity:accounts:read"),
				Route.anyOf("/console/admin/accounts/**", "identity:accounts", "identity:accounts:read",
						"identity:roles"),
				Route.anyOf("/console/admin/signins", "identity:signins"));
	}

	@Bean
	ConsoleMenuItem accountsMenu() {
		return new ConsoleMenuItem("系统管理", "账户与角色", "/console/admin/accounts", 900,
				Set.of("identity:accounts", "identity:accounts:read"));
	}

	@Bean
	ConsoleMenuItem signInsMenu() {
		return new ConsoleMenuItem("系统管理", "登录日志", "/console/admin/signins", 910, Set.of("identity:signins"));
	}
}
