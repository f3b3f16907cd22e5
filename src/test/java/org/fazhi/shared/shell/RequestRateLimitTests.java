package org.fazhi.shared.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The public API answers 429 problem JSON once one client address exceeds its per-minute budget. */
class ApiRateLimitTests {

	private final Clock clock = Clock.fixed(Instant.parse("2024-09-25T02:00:10Z"), ZoneOffset.UTC);

	private final ApiRateLimit limit = new ApiRateLimit(2, 3, clock);

	private MockHttpServletResponse call(String method, String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void submissionsOverTheBudgetAreToldToWait() throws Exception {
		assertThat(call("POST", "/api/v1/petitions", "192.0.2.1").getStatus()).isEqualTo(200);
		assertThat(call("POST", "/api/v1/petitions", "192.0.2.1").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = call("POST", "/api/v1/petitions", "192.0.2.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("50");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("请求过于频繁");
		// another address, and reads of the same address, have budgets of their own
		assertThat(call("POST", "/api/v1/petitions", "192.0.2.2").getStatus()).isEqualTo(200);
		assertThat(call("GET", "/api/v1/track/XF-2024-000001", "192.0.2.1").getStatus()).isEqualTo(200);
	}

	@Test
	void pagesAreNotCounted() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(call("POST", "/petitions", "192.0.2.3").getStatus()).isEqualTo(200);
		}
	}
}
