package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fazhi.FazhiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Malformed public input is answered with a Chinese 4xx, never a 500 (issue 10, outside review). */
@FazhiTest
class PublicInputTests {

	static final String PETITION = "{\"petitioners\":[{\"name\":\"张三\"}],\"subject\":\"路灯\",\"content\":\"路灯坏了\",\"demand\":\"修好\"}";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/petitions", "/api/v1/info-requests", "/api/v1/consultations" })
	void aMultipartOrNonJsonBodyIsA415ProblemInChinese(String path) throws Exception {
		for (String type : new String[] { "multipart/form-data; boundary=x", "application/xml",
				"application/x-www-form-urlencoded", "text/plain" }) {
			mvc.perform(post(path).contentType(type).content("--x--"))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("JSON")));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/petitions", "/api/v1/info-requests", "/api/v1/consultations" })
	void anIdempotencyKeyLongerThan100CharactersIsA400(String path) throws Exception {
		String body = switch (path) {
			case "/api/v1/petitions" -> PETITION;
			case "/api/v1/consultations" -> "{\"name\":\"赵小梅\",\"phone\":\"13812345678\",\"question\":\"存款怎么继承？\"}";
			default -> """
					{"applicant": {"type": "CITIZEN", "name": "张三", "idType": "RESIDENT_ID", "idNumber": "11010519491231002X",
					 "phone": "13812345678"}, "description": "本镇2024年道路维修经费", "form": "ELECTRONIC", "delivery": "ONLINE"}""";
		};
		mvc.perform(post(path).header("Idempotency-Key", "k".repeat(101)).contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Idempotency-Key")));
	}

	@Test
	void aNullPetitionerIsRefusedWithAFieldError() throws Exception {
		mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"petitioners\":[null],\"subject\":\"s\",\"content\":\"c\",\"demand\":\"d\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aSearchPageBeyondTheIntegerRangeIsANormalPage() throws Exception {
		mvc.perform(get("/disclosure/search").param("q", "信访").param("page", "99999999999999999999"))
			.andExpect(status().isOk());
		mvc.perform(get("/disclosure/search").param("q", "信访").param("page", "2147483647")).andExpect(status().isOk());
		mvc.perform(get("/disclosure/search").param("q", "信访").param("page", "-5")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/disclosure/search").param("q", "信访").param("page", "99999999999999999999"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 400));
	}

	@Test
	void theErrorPathItselfIsNotAPage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void otherPetitionersLongerThanTheNameColumnAreAMessageOnTheForm() throws Exception {
		mvc.perform(post("/petitions").with(org.fazhi.Csrf.csrf()).param("name", "张三").param("phone", "13812345678")
			.param("subject", "路灯").param("content", "路灯坏了").param("demand", "修好")
			.param("others", "李四\n" + "王".repeat(51)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每个姓名不超过50个字")));
	}

	@Test
	void theGenericServerErrorTextPromisesNothingThatWasNotDone() throws Exception {
		// a 500 is rendered by the error page; it must not claim the submission was kept
		String body = mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/petitions"))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("可能未能保存").doesNotContain("不会丢失");
	}

	@Test
	void aVillageThatIsNoNumberOnThePetitionFormIsA400PageNotA500() throws Exception {
		// found by PublicFuzzTests: the form record could not be built, and the page had no form to show
		mvc.perform(post("/petitions").with(org.fazhi.Csrf.csrf()).param("name", "张三").param("phone", "13812345678")
			.param("villageId", "abc").param("subject", "路灯").param("content", "路灯坏了").param("demand", "修好"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请重新打开信访页面填写")));
	}
}
