package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.Tracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "评价办理结果" offered on /track once the town has replied, without the query code in any address. */
@FazhiTest
class PetitionTrackingActionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PetitionService service;

	@Autowired
	PetitionTracking tracking;

	@Autowired
	OrganizationService organization;

	PetitionFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new PetitionFixtures(service, organization);
	}

	@Test
	void theTrackingPageOffersRatingOnceRepliedAndTheLinkRatesWithoutTheQueryCode() throws Exception {
		Receipt r = fx.register(LocalDate.of(2024, 4, 1));
		String code = r.queryCode().value();
		assertThat(tracking.find(r.trackingNumber(), code).orElseThrow().actions()).isEmpty();

		service.classify(fx.hangu, r.id(), PetitionType.SUGGESTION, null, "xinfang");
		service.notAccept(fx.hangu, r.id(), LocalDate.of(2024, 4, 3), "已由村委会答复", "xinfang");
		Tracking t = tracking.find(r.trackingNumber(), code).orElseThrow();
		assertThat(t.actions()).singleElement().satisfies(a -> {
			assertThat(a.label()).isEqualTo("评价办理结果");
			assertThat(a.href()).startsWith("/petitions/rate?").doesNotContain(code);
		});
		String href = t.actions().get(0).href();
		mvc.perform(post("/track").with(csrf()).param("number", r.trackingNumber().value()).param("code", code))
			.andExpect(status().isOk()).andExpect(content().string(containsString("评价办理结果")));

		// the link opens the form with the number filled in and no query code field
		mvc.perform(get(href)).andExpect(status().isOk())
			.andExpect(content().string(containsString(r.trackingNumber().value())))
			.andExpect(content().string(not(containsString("id=\"code\""))));
		String token = href.substring(href.indexOf("token=") + "token=".length());

		// a forged token rates nothing
		mvc.perform(post("/petitions/rate").with(csrf()).param("number", r.trackingNumber().value())
			.param("token", "0".repeat(32)).param("rating", "SATISFIED"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("评价链接无效")));
		assertThat(service.petition(Set.of(fx.hangu), r.id()).satisfaction()).isNull();

		mvc.perform(post("/petitions/rate").with(csrf()).param("number", r.trackingNumber().value())
			.param("token", token).param("rating", "FAIRLY_SATISFIED"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("感谢您的评价")));
		assertThat(service.petition(Set.of(fx.hangu), r.id()).satisfaction()).isEqualTo(Satisfaction.FAIRLY_SATISFIED);
		// rated once: the offer is gone
		assertThat(tracking.find(r.trackingNumber(), code).orElseThrow().actions()).isEmpty();
	}
}
