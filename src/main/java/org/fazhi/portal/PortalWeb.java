package org.fazhi.portal;

import java.util.List;

import org.fazhi.shared.shell.PortalNavItem;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PortalWeb {

	@Bean
	@Order(1)
	ModuleRoutes portalRoutes() {
		return () -> List.of(Route.publicRoute(HttpMethod.GET, "/"), Route.publicRoute("/track"),
				Route.publicRoute(HttpMethod.GET, "/elder"), Route.publicRoute(HttpMethod.GET, "/api/v1/track/*"),
				Route.publicRoute(HttpMethod.GET, "/css/**"), Route.publicRoute(HttpMethod.GET, "/js/**"),
				Route.publicRoute(HttpMethod.GET, "/vendor/**"), Route.publicRoute(HttpMethod.GET, "/images/**"),
				Route.publicRoute(HttpMethod.GET, "/favicon.ico"), Route.publicRoute("/error"),
				Route.publicRoute(HttpMethod.GET, "/actuator/health"),
				Route.publicRoute(HttpMethod.GET, "/actuator/health/**"), Route.signedIn("/v3/api-docs"),
				Route.signedIn("/v3/api-docs/**"), Route.signedIn("/v3/api-docs.yaml"), Route.signedIn("/swagger-ui.html"),
				Route.signedIn("/swagger-ui/**"), Route.anyOf(HttpMethod.GET, "/console", "console:home"));
	}

	@Bean
	PortalNavItem homeNav() {
		return new PortalNavItem("首页", "/", 0);
	}

	@Bean
	PortalNavItem trackNav() {
		return new PortalNavItem("查询办理进度", "/track", 90);
	}
}
