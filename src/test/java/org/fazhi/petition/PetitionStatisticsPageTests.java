package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.petition.PetitionStatistics.Figure;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The statistics page: figures and formulas of a chosen town and year, each figure opening its records. */
@FazhiTest
class PetitionStatisticsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PetitionStatistics statistics;

	@Autowired
	PetitionService service;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	Staffs staffs;

	OrgId hangu;

	@BeforeEach
	void setUp() {
		staffs = new Staffs(identity);
		hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	@Test
	void everyFigureOpensTheListOfExactlyTheRecordsItCounts() {
		PetitionFixtures fx = new PetitionFixtures(service, organization);
		// a repeat and a rated reply in 2022, so that every figure has something to trace
		Receipt first = fx.register(LocalDate.of(2022, 3, 1), "村道路灯损坏", 1);
		Receipt again = fx.register(LocalDate.of(2022, 3, 9), "村道路灯损坏", 1);
		service.linkDuplicate(hangu, again.id(), first.id(), "xinfang");
		service.classify(hangu, first.id(), PetitionType.SUGGESTION, null, "xinfang");
		service.notAccept(hangu, first.id(), LocalDate.of(2022, 3, 3), "已由村委会答复", "xinfang");
		service.rate(first.trackingNumber(), first.queryCode().value(), Satisfaction.SATISFIED);

		for (int year : new int[] { 2022, 2023 }) {
			PetitionStatistics.Figures f = statistics.year(hangu, year);
			Map<Figure, Long> expected = Map.ofEntries(Map.entry(Figure.RECEIVED, f.received()),
					Map.entry(Figure.REGISTERED, f.registered()), Map.entry(Figure.REPEAT, f.repeats()),
					Map.entry(Figure.ACCEPTED, f.accepted()), Map.entry(Figure.ROUTED, f.routed()),
					Map.entry(Figure.CONCLUDED, f.concluded()), Map.entry(Figure.CONCLUDED_ON_TIME, f.concludedOnTime()),
					Map.entry(Figure.COLLECTIVE, f.collective()), Map.entry(Figure.SUPERVISED, f.supervised()),
					Map.entry(Figure.RATED, f.rated()));
			for (var e : expected.entrySet()) {
				long listed = service.search(hangu, new PetitionService.Filter(null, null, null, null, false, false, year,
						e.getKey()), 0, 20).getTotalElements();
				assertThat(listed).as(year + " " + e.getKey()).isEqualTo(e.getValue());
			}
			for (var e : f.byChannel().entrySet()) {
				assertThat(service.search(hangu, new PetitionService.Filter(null, null, e.getKey(), null, false, false, year,
						Figure.REGISTERED), 0, 20).getTotalElements()).as(e.getKey().name()).isEqualTo(e.getValue());
			}
		}
		PetitionStatistics.Figures y2022 = statistics.year(hangu, 2022);
		assertThat(y2022.repeats()).isPositive();
		assertThat(y2022.rated()).isPositive();
	}

	@Test
	void aDistrictUserPicksTheTownAndSeesTheFormulas() throws Exception {
		PetitionStatistics.Figures f = statistics.year(hangu, 2023);
		mvc.perform(get("/console/petitions/statistics").param("org", Long.toString(hangu.value())).param("year", "2023")
			.with(staffs.as("ducha")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("含谷镇 2023 年度")))
			.andExpect(content().string(containsString("（满意 + 基本满意）件数 ÷ 参与评价件数")))
			.andExpect(content().string(containsString("id=\"figure-RECEIVED\" href=\"/console/petitions?org="
					+ hangu.value() + "&amp;year=2023&amp;figure=RECEIVED\">151</a>")))
			.andExpect(content().string(containsString(f.satisfactionRate() + "%")))
			// the satisfied count is a number, not the layout's "content" fragment printed as text
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*&amp;figure=CONTENT\">\\d+</a>.*")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("&lt;section&gt;"))));
		// the click-through list shows the same number
		mvc.perform(get("/console/petitions").param("org", Long.toString(hangu.value())).param("year", "2023")
			.param("figure", "CONCLUDED_ON_TIME").with(staffs.as("ducha")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"total\">" + f.concludedOnTime() + "</span>")))
			.andExpect(content().string(containsString("统计口径：<strong>按期办结</strong>")));
		// town staff cannot look at another town: the page stays on their own
		OrgId jinfeng = organization.byCreditCode("115001070093712995").orElseThrow().id();
		mvc.perform(get("/console/petitions/statistics").param("org", Long.toString(jinfeng.value())).param("year", "2023")
			.with(staffs.as("xinfang")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("含谷镇 2023 年度")));
		mvc.perform(get("/console/petitions/statistics").with(staffs.as("jf-gongkai"))).andExpect(status().isForbidden());
	}

	@Test
	void theLedgerExportOfAFigureHasTheSameRecordsAndADistrictUserGetsTheChosenTown() throws Exception {
		PetitionStatistics.Figures f = statistics.year(hangu, 2023);
		byte[] xlsx = mvc.perform(get("/console/petitions/ledger").param("org", Long.toString(hangu.value()))
			.param("year", "2023").param("figure", "ACCEPTED").with(staffs.as("ducha")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var rows = Spreadsheets.read(new ByteArrayInputStream(xlsx), PetitionLedger.HEADERS);
		assertThat(rows).hasSize((int) f.accepted()).isNotEmpty();
	}
}
