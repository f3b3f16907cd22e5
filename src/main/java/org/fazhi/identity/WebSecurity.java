package org.fazhi.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fazhi.shared.shell.Route;
import org.fazhi.shared.shell.Route.ModuleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Deny-by-default web security: each module lists its routes ({@link ModuleRoutes}); anything not listed is
 * denied. Staff sign in with a form; the public portal and API never create a server session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurity {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final String SIGNED_OUT = "fazhi.signedOut";

	private final IdentityService identity;

	private final SignInThrottle throttle;

	WebSecurity(IdentityService identity, SignInThrottle throttle) {
		this.identity = identity;
		this.throttle = throttle;
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<ModuleRoutes> modules)
			throws Exception {
		http.authorizeHttpRequests(auth -> {
			for (ModuleRoutes module : modules) {
				for (Route route : module.routes()) {
					apply(auth, route);
				}
			}
			auth.anyRequest().denyAll();
		});
		http.formLogin(form -> form.loginPage("/login")
			.successHandler((request, response, authentication) -> {
				StaffUser user = (StaffUser) authentication.getPrincipal();
				identity.recordSignIn(user, request.getRemoteAddr(), request.getHeader("User-Agent"));
				throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
				if (user.mustChangePassword()) {
					response.sendRedirect(request.getContextPath() + "/console/password?first");
					return;
				}
				var saved = new SavedRequestAwareAuthenticationSuccessHandler();
				saved.setDefaultTargetUrl("/console");
				saved.onAuthenticationSuccess(request, response, authentication);
			})
			.failureHandler((request, response, exception) -> {
				String username = request.getParameter("username");
				if (username != null && !username.isBlank()) {
					identity.recordFailedSignIn(username, request.getRemoteAddr(), request.getHeader("User-Agent"));
				}
				// one answer for an unknown name, a wrong password and a disabled or locked account
				response.sendRedirect(request.getContextPath() + "/login?error");
			}));
		http.logout(logout -> logout.logoutUrl("/logout")
			.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
					HttpSession session = request.getSession(false);
					if (session != null) {
						session.setAttribute(SIGNED_OUT, Boolean.TRUE);
					}
					identity.recordSignOut(user, request.getRemoteAddr(), false);
				}
			})
			.logoutSuccessUrl("/login?signedOut"));
		http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
			// the public API is for programs: no session is consulted there, so no CSRF token is needed
			.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
		http.exceptionHandling(ex -> ex
			// every API route is public; one that is denied is not an API route at all
			.defaultAuthenticationEntryPointFor(problem(HttpStatus.NOT_FOUND, "请求的接口不存在。"),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					PathPatternRequestMatcher.withDefaults().matcher("/console/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					PathPatternRequestMatcher.withDefaults().matcher("/v3/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"))
			// a public URL nobody may open simply does not exist for the visitor
			.defaultAuthenticationEntryPointFor((request, response, e) -> response.sendError(404),
					request -> true)
			.accessDeniedHandler(accessDenied()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		// only console pages are remembered for after sign-in: public pages and the API never create a session
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/console/**"));
		http.requestCache(cache -> cache.requestCache(requestCache));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.addFilterAfter(new FirstPasswordChange(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
			Route route) {
		HttpMethod method = route.method();
		var matcher = method == null ? PathPatternRequestMatcher.withDefaults().matcher(route.pattern())
				: PathPatternRequestMatcher.withDefaults().matcher(method, route.pattern());
		var rule = auth.requestMatchers(matcher);
		switch (route.access()) {
			case PUBLIC -> rule.permitAll();
			case SIGNED_IN -> rule.authenticated();
			case AUTHORITY -> rule.hasAnyAuthority(route.authorities().toArray(String[]::new));
		}
	}

	private static AccessDeniedHandler accessDenied() {
		AccessDeniedHandler pages = new AccessDeniedHandlerImpl();
		AuthenticationEntryPoint api = problem(HttpStatus.FORBIDDEN, "您没有执行此操作的权限。");
		return (request, response, e) -> {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				api.commence(request, response, null);
			}
			else {
				pages.handle(request, response, e);
			}
		};
	}

	private static AuthenticationEntryPoint problem(HttpStatus status, String detail) {
		return (request, response, e) -> {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
						+ status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
						+ request.getRequestURI().replace("\"", "") + "\"}");
		};
	}

	/** Until the initial password is replaced, every console page leads to the change form. */
	static final class FirstPasswordChange extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (auth != null && auth.getPrincipal() instanceof StaffUser user && user.mustChangePassword()
					&& path.startsWith("/console") && !path.equals("/console/password")) {
				response.sendRedirect(request.getContextPath() + "/console/password?first");
				return;
			}
			chain.doFilter(request, response);
		}
	}

	@EventListener
	void on(SessionDestroyedEvent event) {
		// a session that ends without sign-out has run out its idle time (30 minutes)
		for (SecurityContext context : event.getSecurityContexts()) {
			if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof StaffUser user
					&& !signedOut(event)) {
				identity.recordSignOut(user, null, true);
			}
		}
	}

	private static boolean signedOut(SessionDestroyedEvent event) {
		if (event.getSource() instanceof HttpSession session) {
			try {
				return session.getAttribute(SIGNED_OUT) != null;
			}
			catch (IllegalStateException alreadyInvalid) {
				return true;
			}
		}
		return false;
	}
}
