package org.fazhi.shared.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public API is rate-limited per client address (architecture.md): a fixed one-minute window per address, with
 * separate budgets for submissions (POST) and reads. Over the budget the caller gets 429 problem JSON with
 * {@code Retry-After}. Limits are configuration ({@code fazhi.api.rate-limit.*}); a deployment behind a proxy must
 * pass the client address (server.forward-headers-strategy).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiRateLimit extends OncePerRequestFilter {

	private final int submissionsPerMinute;

	private final int readsPerMinute;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	ApiRateLimit(@Value("${fazhi.api.rate-limit.submissions-per-minute:60}") int submissionsPerMinute,
			@Value("${fazhi.api.rate-limit.reads-per-minute:600}") int readsPerMinute, Clock clock) {
		this.submissionsPerMinute = submissionsPerMinute;
		this.readsPerMinute = readsPerMinute;
		this.clock = clock;
	}

	private record Window(long minute, int count) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean submission = "POST".equals(request.getMethod());
		long minute = clock.millis() / 60_000;
		String key = (submission ? "w " : "r ") + request.getRemoteAddr();
		Window w = windows.merge(key, new Window(minute, 1),
				(old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
		if (windows.size() > 100_000) {
			windows.values().removeIf(v -> v.minute() < minute);
		}
		if (w.count() > (submission ? submissionsPerMinute : readsPerMinute)) {
			long retryAfter = 60 - (clock.millis() / 1000) % 60;
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(retryAfter));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
					+ "\"detail\":\"请求过于频繁，请于 " + retryAfter + " 秒后再试。\"}");
			return;
		}
		chain.doFilter(request, response);
	}
}
