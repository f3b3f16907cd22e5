package org.fazhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.fazhi.FazhiTest;
import org.fazhi.TestTrackingSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "查询办理进度": a wrong code reveals nothing more than an unknown number, and guessing is throttled. */
@FazhiTest
class TrackingTests {

	private static final String NOT_FOUND = "未查询到相关事项，请核对受理编号和查询码。";

	/** Each test asks from its own address, since the throttle counts misses per address. */
	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@org.springframework.beans.factory.annotation.Value("${fazhi.tracking.misses-per-address}")
	int missesPerAddress;

	@Test
	void theRightNumberAndCodeShowTheProgress() throws Exception {
		String address = nextAddress();
		assertThat(track(TestTrackingSource.NUMBER, TestTrackingSource.CODE.toLowerCase(), address))
			.contains(TestTrackingSource.STATUS)
			.doesNotContain(NOT_FOUND);
	}

	@Test
	void anUnknownNumberAndAWrongCodeGetTheSameMessage() throws Exception {
		String address = nextAddress();
		String wrongCode = track(TestTrackingSource.NUMBER, "WRONG234", address);
		String unknownNumber = track("TST-2024-999999", TestTrackingSource.CODE, address);
		String malformed = track("不是编号", "x", address);
		assertThat(wrongCode).contains(NOT_FOUND).doesNotContain(TestTrackingSource.STATUS);
		assertThat(unknownNumber).contains(NOT_FOUND);
		assertThat(malformed).contains(NOT_FOUND);
		assertThat(problem(wrongCode)).isEqualTo(problem(unknownNumber)).isEqualTo(problem(malformed));
	}

	@Test
	void theApiAnswersAnUnknownNumberAndAWrongCodeAlike() throws Exception {
		String address = nextAddress();
		String wrong = mvc.perform(get("/api/v1/track/" + TestTrackingSource.NUMBER).param("code", "WRONG234")
			.with(r -> remote(r, address))).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		String unknown = mvc.perform(get("/api/v1/track/TST-2024-999999").param("code", TestTrackingSource.CODE)
			.with(r -> remote(r, address))).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(wrong).contains(NOT_FOUND);
		assertThat(wrong.replace(TestTrackingSource.NUMBER, "N")).isEqualTo(unknown.replace("TST-2024-999999", "N"));
		mvc.perform(get("/api/v1/track/" + TestTrackingSource.NUMBER).param("code", TestTrackingSource.CODE)
			.with(r -> remote(r, address))).andExpect(status().isOk());
	}

	@Test
	void afterTheAddressBudgetOfMissesTheNextTryIsRefusedEvenWithTheRightCode() throws Exception {
		String address = nextAddress();
		for (int i = 0; i < missesPerAddress; i++) {
			assertThat(track(TestTrackingSource.NUMBER, "WRONG" + "%03d".formatted(i).replace('0', 'A').replace('1', 'B'),
					address)).contains(NOT_FOUND);
		}
		var refused = mvc.perform(post("/track").param("number", TestTrackingSource.NUMBER)
			.param("code", TestTrackingSource.CODE).with(csrf()).with(r -> remote(r, address)))
			.andExpect(status().isTooManyRequests())
			.andReturn().getResponse();
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(refused.getContentAsString()).contains("查询失败次数过多").doesNotContain(TestTrackingSource.STATUS);
		mvc.perform(get("/api/v1/track/" + TestTrackingSource.NUMBER).param("code", TestTrackingSource.CODE)
			.with(r -> remote(r, address))).andExpect(status().isTooManyRequests())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
		// another address is not affected
		assertThat(track(TestTrackingSource.NUMBER, TestTrackingSource.CODE, nextAddress()))
			.contains(TestTrackingSource.STATUS);
	}

	private String track(String number, String code, String address) throws Exception {
		return mvc
			.perform(post("/track").param("number", number).param("code", code).with(csrf()).with(r -> remote(r, address)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String problem(String page) {
		var m = java.util.regex.Pattern.compile("<p class=\"problem\"[^>]*>([^<]*)</p>").matcher(page);
		assertThat(m.find()).as("the page shows a problem").isTrue();
		return m.group(1);
	}

	private static org.springframework.mock.web.MockHttpServletRequest remote(
			org.springframework.mock.web.MockHttpServletRequest request, String address) {
		request.setRemoteAddr(address);
		return request;
	}

	private static String nextAddress() {
		return "198.51.100." + ADDRESS.getAndIncrement() + "." + System.nanoTime() % 1000;
	}
}
