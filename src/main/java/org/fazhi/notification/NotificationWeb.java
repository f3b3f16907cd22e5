package org.fazhi.notification;

import java.util.List;
import java.util.Set;

import org.fazhi.shared.shell.ConsoleMenuItem;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class NotificationWeb {

	@Bean
	@Order(40)
	ModuleRoutes notificationRoutes() {
		return () -> List.of(Route.anyOf("/console/notifications", "console:home"),
				Route.anyOf("/console/notifications/**", "console:home"));
	}

	@Bean
	ConsoleMenuItem notificationMenu() {
		return new ConsoleMenuItem("工作台", "消息提醒", "/console/notifications", 10, Set.of("console:home"));
	}
}
