package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fazhi.FazhiTest;
import org.fazhi.mediation.MediationService.DisputeFilter;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.office.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An imported 矛盾纠纷排查调处台账 keeps its 案件编号, and a later registration is never given one of them. */
@FazhiTest
class MediationLedgerNumberTests {

	@Autowired
	MediationService mediation;

	@Autowired
	MediationLedger ledger;

	@Autowired
	OrganizationService organization;

	OrgId hangu;

	String village;

	@BeforeEach
	void setUp() {
		hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		village = "编号测试村" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void theSheetsCaseNumbersAreKeptAndNeverGivenAgain() {
		LocalDate day = LocalDate.of(2016, 5, 1);
		int last = serial(register(day).caseNumber());
		String second = String.format("TJ-2016-%06d", last + 2);
		var result = importRows(row(second, day), row("调〔2016〕7号" + village.substring(5), day), row("", day));
		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(3);
		assertThat(numbersIn(village)).contains(second, "调〔2016〕7号" + village.substring(5));

		List<String> later = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			later.add(register(day).caseNumber());
		}
		assertThat(later).doesNotContain(second).allMatch(n -> serial(n) > last + 2);
	}

	@Test
	void aCaseNumberTwiceInOneFileIsRefusedAndNothingIsImported() {
		LocalDate day = LocalDate.of(2016, 5, 2);
		String number = "调〔2016〕" + UUID.randomUUID().toString().substring(0, 6);
		var result = importRows(row(number, day), row(number, day));
		assertThat(result.imported()).isZero();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(3);
			assertThat(e.message()).isEqualTo("案件编号 " + number + " 在文件中出现了不止一次，请核对后再导入。");
		});
		assertThat(numbersIn(village)).isEmpty();
	}

	private Dispute register(LocalDate on) {
		return mediation.register(new RegisterDispute(hangu, null, village, DisputeType.NEIGHBOUR,
				DisputeSource.SCREENING, null, "因排水沟发生争执", on, false, null, mediation.committee(hangu), "陈调解",
				List.of(new RegisterDispute.Party(PartyKind.PERSON, "郑大成", null, null, null))), "tiaojie");
	}

	private static int serial(String caseNumber) {
		return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
	}

	private List<String> numbersIn(String village) {
		return mediation.find(hangu, new DisputeFilter(null, null, null, village, false, null, null), 0, 100)
			.map(Dispute::caseNumber).getContent();
	}

	private MediationLedger.ImportResult importRows(List<?>... rows) {
		byte[] xlsx = Spreadsheets.write("台账", MediationLedger.HEADERS, List.of(rows));
		return ledger.importFile(hangu, new ByteArrayInputStream(xlsx), "tiaojie");
	}

	private List<String> row(String number, LocalDate received) {
		return List.of(number, received.toString(), village, "邻里", "排查发现", "甲某", "通行纠纷", "否", "", "陈调解",
				"调解中", "", "", "");
	}
}
