package org.fazhi.inforequest;

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
class InfoRequestWeb {

	static final String[] STATISTICS_READERS = { "inforequest:handle", "report:read", "district:read", "leader:approve" };

	@Bean
	@Order(31)
	ModuleRoutes inforequestRoutes() {
		return () -> List.of(Route.publicRoute("/inforequests"), Route.publicRoute("/inforequests/letter"),
				Route.publicRoute(HttpMethod.POST, "/api/v1/info-requests"),
				Route.anyOf("/console/inforequests/report/**", "inforequest:handle", "report:read", "district:read"),
				Route.anyOf("/console/inforequests/report", "inforequest:handle", "report:read", "district:read"),
				Route.anyOf("/console/inforequests/*/extend", "leader:approve"),
				Route.anyOf(HttpMethod.GET, "/console/inforequests/statistics", STATISTICS_READERS),
				Route.anyOf("/console/inforequests", "inforequest:handle", "district:read", "leader:approve"),
				Route.anyOf("/console/inforequests/**", "inforequest:handle", "district:read", "leader:approve"));
	}

	@Bean
	ConsoleMenuItem inforequestMenu() {
		return new ConsoleMenuItem("业务办理", "依申请公开", "/console/inforequests", 200,
				Set.of("inforequest:handle", "district:read", "leader:approve"));
	}

	@Bean
	ConsoleMenuItem inforequestReportMenu() {
		return new ConsoleMenuItem("统计报表", "政府信息公开年度报告表格", "/console/inforequests/report", 610,
				Set.of("inforequest:handle", "report:read", "district:read"));
	}

	@Bean
	ConsoleMenuItem inforequestStatisticsMenu() {
		return new ConsoleMenuItem("统计报表", "依申请公开统计", "/console/inforequests/statistics", 611,
				Set.of(STATISTICS_READERS));
	}

	@Bean
	PortalNavItem inforequestNav() {
		return new PortalNavItem("依申请公开", "/inforequests", 30);
	}
}
