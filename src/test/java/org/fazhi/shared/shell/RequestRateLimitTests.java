package org.fazhi.shared.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.fazhi.shared.RateLimit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One submission budget per client address for portal forms and the API alike; 429 with Retry-After over it. */
class RequestRateLimitTests {

	private final Clock clock = Clock.fixed(Instant.parse("2024-09-25T02:00:10Z"), ZoneOffset.UTC);

	private final RequestRateLimit limit = new RequestRateLimit(RateLimit.using(clock), 2, 3);

	private MockHttpServletResponse call(String method, String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void apiSubmissionsOverTheBudgetAreToldToWait() throws Exception {
		assertThat(call("POST", "/api/v1/petitions", "192.0.2.1").getStatus()).isEqualTo(200);
		assertThat(call("POST", "/api/v1/petitions", "192.0.2.1").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = call("POST", "/api/v1/petitions", "192.0.2.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		// two per minute refill one every 30 s
		assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
		// another address, and reads of the same address, have budgets of their own
		assertThat(call("POST", "/api/v1/petitions", "192.0.2.2").getStatus()).isEqualTo(200);
		assertThat(call("GET", "/api/v1/track/XF-2024-000001", "192.0.2.1").getStatus()).isEqualTo(200);
	}

	@Test
	void pageFormsShareTheSubmissionBudgetWithTheApi() throws Exception {
		assertThat(call("POST", "/petitions", "192.0.2.3").getStatus()).isEqualTo(200);
		assertThat(call("POST", "/api/v1/info-requests", "192.0.2.3").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = call("POST", "/legal/ask", "192.0.2.3");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		// staff work and page views are not counted here
		assertThat(call("POST", "/console/petitions", "192.0.2.3").getStatus()).isEqualTo(200);
		assertThat(call("GET", "/petitions", "192.0.2.3").getStatus()).isEqualTo(200);
	}
}
