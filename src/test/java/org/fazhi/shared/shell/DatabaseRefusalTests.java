package org.fazhi.shared.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * A database constraint that still fires (a check the forms do not make yet) is the sender's 400 or a 422, in
 * Chinese, on pages and the API alike; never a 500. Exercised with the SQLSTATEs H2 and PostgreSQL report.
 */
class DatabaseRefusalTests {

	private final WebErrors errors = new WebErrors(new StaticMessageSource(), List.of());

	@Test
	void aValueTooLongOrWithNulIsA400ProblemOnTheApi() {
		for (String state : new String[] { "22001", "22021", "22003" }) {
			Object answer = errors.refusedByDatabase(refused(state), request("/api/v1/petitions"));
			ResponseEntity<?> response = (ResponseEntity<?>) answer;
			assertThat(response.getStatusCode().value()).isEqualTo(400);
			assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("过长").contains("未能保存");
		}
	}

	@Test
	void aConflictIsA422PageInChinese() {
		Object answer = errors.refusedByDatabase(refused("23505"), request("/console/mediation/disputes"));
		ModelAndView page = (ModelAndView) answer;
		assertThat(page.getStatus().value()).isEqualTo(422);
		assertThat(page.getModel().get("message").toString()).contains("冲突").contains("未能保存");
	}

	private static DataIntegrityViolationException refused(String state) {
		return new DataIntegrityViolationException("could not execute statement",
				new RuntimeException(new SQLException("value too long", state)));
	}

	private static MockHttpServletRequest request(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		return request;
	}
}
