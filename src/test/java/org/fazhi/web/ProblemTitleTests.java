package org.fazhi.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A problem's title is Chinese like its detail: Spring's default title is the English reason phrase. */
@FazhiTest
class ProblemTitleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aWrongContentTypeIsTitledInChinese() throws Exception {
		mvc.perform(post("/api/v1/petitions").contentType("multipart/form-data; boundary=x").content("--x--"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.title").value("不支持的提交格式"));
	}

	@Test
	void aFormWithErrorsIsTitledInChinese() throws Exception {
		mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("{\"petitioners\":[null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求有误"));
	}

	@Test
	void anUnknownDeadlineParameterIsTitledInChinese() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "不是日期").param("n", "20"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求有误"));
	}
}
