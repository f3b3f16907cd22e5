package org.fazhi.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.shared.RateLimit;
import org.fazhi.shared.RateLimit.Budget;
import org.fazhi.shared.RateLimit.Try;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guessing is slowed, never answered with a lock an attacker could keep on someone else's account (or on
 * the only 安全管理员 who could lift it). Each sign-in try costs one try of: the client address (20 per 10 minutes),
 * the user name from that address (5 per 10 minutes), and the user name from anywhere (10 per 10 minutes and 50 per
 * day, so delays grow for a sustained attack). A successful sign-in gives its tries back. Over a budget the password
 * is not even checked, and the answer (429 with {@code Retry-After}) is the same whether the name exists or not, so
 * the throttle reveals no account. The owner from their usual address keeps their own budget of the name.
 */
@Component
// before Spring Security (order -100), so a refused try never reaches the password check
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SignInThrottle extends OncePerRequestFilter {

	private final RateLimit limits;

	private final Budget perAddress;

	private final Budget perNameAndAddress;

	private final Budget perName;

	private final Budget perNamePerDay;

	SignInThrottle(RateLimit limits, @Value("${fazhi.signin.tries-per-address:20}") int perAddress,
			@Value("${fazhi.signin.tries-per-name-and-address:5}") int perNameAndAddress,
			@Value("${fazhi.signin.tries-per-name:10}") int perName,
			@Value("${fazhi.signin.tries-per-name-per-day:50}") int perNamePerDay) {
		this.limits = limits;
		Duration window = Duration.ofMinutes(10);
		this.perAddress = new Budget("signin.address", perAddress, window);
		this.perNameAndAddress = new Budget("signin.name-address", perNameAndAddress, window);
		this.perName = new Budget("signin.name", perName, window);
		this.perNamePerDay = new Budget("signin.name-day", perNamePerDay, Duration.ofDays(1));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/login"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = limits.takeAll(tries(request.getParameter("username"), request.getRemoteAddr()));
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
			// ErrorPages: "操作过于频繁，请 N 秒后再试。"
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	/** A successful sign-in does not count against anyone. */
	void succeeded(String username, String address) {
		limits.giveBackAll(tries(username, address));
	}

	private List<Try> tries(String username, String address) {
		// names are matched as typed, without case or surrounding blanks, so "Admin " shares admin's budget
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return List.of(new Try(perAddress, address), new Try(perNameAndAddress, name + "\n" + address),
				new Try(perName, name), new Try(perNamePerDay, name));
	}
}
