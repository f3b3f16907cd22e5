package org.fazhi.shared.shell;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One explicit access rule for a URL pattern. Every request mapping must be covered by a route (a test checks
 * it); anything else is denied. Modules contribute their routes with a {@link ModuleRoutes} bean.
 */
public record Route(@Nullable HttpMethod method, String pattern, Access access, Set<String> authorities) {

	public enum Access {
		/** Anyone, no sign-in; must not create a server session. */
		PUBLIC,
		/** Any signed-in staff member. */
		SIGNED_IN,
		/** Signed-in staff holding at least one of the authorities. */
		AUTHORITY
	}

	public static Route publicRoute(String pattern) {
		return new Route(null, pattern, Access.PUBLIC, Set.of());
	}

	public static Route publicRoute(HttpMethod method, String pattern) {
		return new Route(method, pattern, Access.PUBLIC, Set.of());
	}

	public static Route signedIn(String pattern) {
		return new Route(null, pattern, Access.SIGNED_IN, Set.of());
	}

	public static Route anyOf(String pattern, String... authorities) {
		return new Route(null, pattern, Access.AUTHORITY, Set.of(authorities));
	}

	public static Route anyOf(HttpMethod method, String pattern, String... authorities) {
		return new Route(method, pattern, Access.AUTHORITY, Set.of(authorities));
	}

	/** The routes of one module, applied in list order; modules own disjoint URL prefixes. */
	public interface ModuleRoutes {

		List<Route> routes();
	}
}
