package org.fazhi.calendar.web;

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
class CalendarWeb {

	static final String MANAGE = "calendar:manage";

	static final String DISTRICT_READ = "district:read";

	@Bean
	@Order(50)
	ModuleRoutes calendarRoutes() {
		// changes only with calendar:manage; district supervisors may look
		return () -> List.of(Route.publicRoute(HttpMethod.GET, "/calendar"),
				Route.publicRoute(HttpMethod.GET, "/api/v1/calendar/deadline"),
				Route.anyOf(HttpMethod.POST, "/console/calendar/**", MANAGE),
				Route.anyOf(HttpMethod.GET, "/console/calendar", MANAGE, DISTRICT_READ),
				Route.anyOf(HttpMethod.GET, "/console/calendar/**", MANAGE, DISTRICT_READ));
	}

	/** One entry: the sidebar marks entries by URL prefix, and the rules page lives under the calendar's. */
	@Bean
	ConsoleMenuItem calendarMenu() {
		return new ConsoleMenuItem("系统管理", "工作日历", "/console/calendar", 920, Set.of(MANAGE, DISTRICT_READ));
	}

	/** The portal home's templates belong to the portal module; the calculator gets a navigation entry instead. */
	@Bean
	PortalNavItem calculatorNav() {
		return new PortalNavItem("期限计算器", "/calendar", 85);
	}
}
