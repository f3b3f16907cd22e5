package org.fazhi.disclosure;

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
class DisclosureWeb {

	@Bean
	@Order(30)
	ModuleRoutes disclosureRoutes() {
		return () -> List.of(Route.publicRoute(HttpMethod.GET, "/disclosure"),
				Route.publicRoute(HttpMethod.GET, "/disclosure/**"),
				Route.publicRoute(HttpMethod.GET, "/api/v1/disclosure/**"),
				Route.publicRoute(HttpMethod.GET, "/sitemap.xml"),
				Route.anyOf("/console/disclosure/admin/**", "installation:admin"),
				// leaders open the record behind an overdue publication clock in 我的待办 (read only: every other page
				// and action narrows to disclosure permissions with @PreAuthorize)
				Route.anyOf(HttpMethod.GET, "/console/disclosure/*", "disclosure:edit", "disclosure:review",
						"leader:approve"),
				Route.anyOf("/console/disclosure", "disclosure:edit", "disclosure:review"),
				Route.anyOf("/console/disclosure/**", "disclosure:edit", "disclosure:review"));
	}

	@Bean
	PortalNavItem disclosureNav() {
		return new PortalNavItem("政务公开", "/disclosure", 20);
	}

	@Bean
	ConsoleMenuItem disclosureMenu() {
		return new ConsoleMenuItem("业务办理", "主动公开", "/console/disclosure", 100,
				Set.of("disclosure:edit", "disclosure:review"));
	}

	@Bean
	ConsoleMenuItem disclosureIndexMenu() {
		return new ConsoleMenuItem("系统管理", "全文检索索引", "/console/disclosure/admin/index", 950,
				Set.of("installation:admin"));
	}
}
