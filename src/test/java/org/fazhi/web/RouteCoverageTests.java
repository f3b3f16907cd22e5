package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.fazhi.FazhiTest;
import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Deny-by-default is only livable when every request mapping has an explicit route; this lists the ones without. */
@FazhiTest
class RouteCoverageTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	List<ModuleRoutes> modules;

	@Test
	void everyRequestMappingIsCoveredByARoute() {
		List<Route> routes = modules.stream().flatMap(m -> m.routes().stream()).toList();
		Set<String> mappings = new TreeSet<>();
		Set<String> uncovered = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (String pattern : patterns(info)) {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					if (methods.isEmpty()) {
						mappings.add("* " + pattern);
						if (routes.stream().noneMatch(r -> r.method() == null && covers(r, pattern))) {
							uncovered.add("* " + pattern);
						}
					}
					for (RequestMethod method : methods) {
						mappings.add(method + " " + pattern);
						HttpMethod m = HttpMethod.valueOf(method.name());
						if (routes.stream().noneMatch(r -> (r.method() == null || r.method().equals(m)) && covers(r, pattern))) {
							uncovered.add(method + " " + pattern);
						}
					}
				}
			}
		}
		assertThat(mappings).as("the mappings were found").contains("GET /", "POST /console/admin/accounts",
				"GET /console/audit", "GET /api/v1/track/{number}");
		assertThat(uncovered).as("request mappings without a Route (add one to the module's ModuleRoutes)").isEmpty();
	}

	@Test
	void theCoverageCheckNoticesAnUncoveredMapping() {
		Route route = Route.anyOf("/console/audit/**", "audit:read");
		assertThat(covers(route, "/console/audit/{id}")).isTrue();
		assertThat(covers(route, "/console/auditx")).isFalse();
		assertThat(covers(Route.publicRoute("/api/v1/track/*"), "/api/v1/track/{number}/more")).isFalse();
	}

	private static List<String> patterns(RequestMappingInfo info) {
		List<String> result = new ArrayList<>();
		if (info.getPathPatternsCondition() != null) {
			info.getPathPatternsCondition().getPatterns().forEach(p -> result.add(p.getPatternString()));
		}
		else if (info.getPatternsCondition() != null) {
			result.addAll(info.getPatternsCondition().getPatterns());
		}
		return result;
	}

	/** Whether the route's pattern matches a concrete path built from the mapping (every variable filled in). */
	static boolean covers(Route route, String mappingPattern) {
		String sample = mappingPattern.replaceAll("\\{\\*[^}]+}", "x/y")
			.replaceAll("\\{[^}]+}", "1")
			.replace("**", "x/y")
			.replace("*", "x");
		PathPattern pattern = PathPatternParser.defaultInstance.parse(route.pattern());
		return pattern.matches(PathContainer.parsePath(sample));
	}
}
