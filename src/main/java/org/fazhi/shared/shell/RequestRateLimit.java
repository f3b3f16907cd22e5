package org.fazhi.shared.shell;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.shared.RateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request budgets per client address (architecture.md), on {@link RateLimit}: one budget for submissions, whether
 * they come from a portal form or the API (the same person, the same load), one for API reads. Staff pages
 * ({@code /console/}) and sign-in have throttles of their own. Over the budget the caller gets 429 with
 * {@code Retry-After}, answered by the error pages: a zh-CN page, or problem JSON under {@code /api/}. A deployment
 * behind a proxy must pass the client address (server.forward-headers-strategy).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestRateLimit extends OncePerRequestFilter {

	private final RateLimit limits;

	private final RateLimit.Budget submissions;

	private final RateLimit.Budget reads;

	RequestRateLimit(RateLimit limits,
			@Value("${fazhi.api.rate-limit.submissions-per-minute:60}") int submissionsPerMinute,
			@Value("${fazhi.api.rate-limit.reads-per-minute:600}") int readsPerMinute) {
		this.limits = limits;
		this.submissions = new RateLimit.Budget("request.submissions", submissionsPerMinute, Duration.ofMinutes(1));
		this.reads = new RateLimit.Budget("request.api-reads", readsPerMinute, Duration.ofMinutes(1));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean api = path.startsWith("/api/");
		boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
				&& !"OPTIONS".equals(request.getMethod());
		RateLimit.Budget budget = write && (api || isPublicForm(path)) ? submissions : api ? reads : null;
		Optional<Duration> wait = budget == null ? Optional.empty() : limits.take(budget, request.getRemoteAddr());
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
			// the error page (ErrorPages) answers in zh-CN, as problem JSON under /api/
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Every POST outside the staff console and sign-in is a public form (petition, request, question, lookup). */
	private static boolean isPublicForm(String path) {
		return !path.startsWith("/console") && !path.equals("/login") && !path.equals("/logout");
	}
}
