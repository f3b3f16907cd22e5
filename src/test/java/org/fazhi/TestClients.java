package org.fazhi;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every MockMvc request of the shared test context comes from its own client address, so that wrong query codes
 * tried by one test do not throttle "查询办理进度" for the next (the throttle counts per address). A test that
 * means one client sets the address itself; its post-processor runs after this default.
 */
public class TestClients implements MockMvcBuilderCustomizer {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Override
	public void customize(org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
			int n = NEXT.incrementAndGet();
			request.setRemoteAddr("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		}));
	}
}
