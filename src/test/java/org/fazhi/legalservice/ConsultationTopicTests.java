package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An optional topic outside the dictionary does not refuse a citizen's question; staff re-file it. */
@FazhiTest
class ConsultationTopicTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Test
	void aTopicOutsideTheDictionaryIsKeptAsWrittenAndFiledUnderOtherThenStaffRefileIt() throws Exception {
		String created = mvc.perform(post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"周九\",\"phone\":\"13812345678\",\"topic\":\"劳动争议\",\"question\":\"老板拖欠工资怎么办？\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String number = created.replaceAll("(?s).*\"(ZX-[0-9-]+)\".*", "$1");
		Map<String, Object> row = jdbc.queryForMap(
				"select id, topic, topic_as_written from legalservice_consultation where tracking_number = ?", number);
		assertThat(row.get("topic")).isEqualTo("OTHER");
		assertThat(row.get("topic_as_written")).isEqualTo("劳动争议");
		long id = ((Number) row.get("id")).longValue();

		Staffs staffs = new Staffs(identity);
		String page = mvc.perform(get("/console/legal/consultations/" + id).with(staffs.as("tiaojie")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("咨询人填写：劳动争议").contains("调整类别");
		mvc.perform(post("/console/legal/consultations/" + id + "/topic").param("topic", "LABOUR")
			.with(staffs.as("tiaojie")).with(csrf())).andExpect(status().isFound());
		assertThat(jdbc.queryForObject("select topic from legalservice_consultation where id = ?", String.class, id))
			.isEqualTo("LABOUR");
	}

	@Test
	void aTopicFromTheDictionaryIsFiledUnderIt() throws Exception {
		String created = mvc.perform(post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"吴十\",\"phone\":\"13812345678\",\"topic\":\"继承\",\"question\":\"遗嘱怎么写？\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String number = created.replaceAll("(?s).*\"(ZX-[0-9-]+)\".*", "$1");
		Map<String, Object> row = jdbc.queryForMap(
				"select topic, topic_as_written from legalservice_consultation where tracking_number = ?", number);
		assertThat(row.get("topic")).isEqualTo("INHERITANCE");
		assertThat(row.get("topic_as_written")).isNull();
	}
}
