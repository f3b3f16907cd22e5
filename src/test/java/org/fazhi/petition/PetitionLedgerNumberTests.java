package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.TrackingNumber;
import org.fazhi.shared.office.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An imported 信访台账 keeps its 受理编号, and intake never hands such a number out again (before, the serial did not
 * move, and intake ran into the imported number with a unique-key error).
 */
@FazhiTest
class PetitionLedgerNumberTests {

	@Autowired
	PetitionService service;

	@Autowired
	PetitionLedger ledger;

	@Autowired
	OrganizationService organization;

	PetitionFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new PetitionFixtures(service, organization);
	}

	@Test
	void intakeAfterALedgerImportNeverGetsAnImportedNumber() {
		LocalDate day = LocalDate.of(2017, 6, 1);
		TrackingNumber last = fx.register(day).trackingNumber();
		// numbers just ahead of the serial, as a ledger kept elsewhere has them
		TrackingNumber first = TrackingNumber.of("XF", 2017, last.serial() + 1);
		TrackingNumber third = TrackingNumber.of("XF", 2017, last.serial() + 3);
		var result = importRows(fx.hangu, row(first, day), row(third, day));
		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(2);

		List<TrackingNumber> later = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			later.add(fx.register(day).trackingNumber());
		}
		assertThat(later).doesNotContain(first, third).allMatch(n -> n.serial() > third.serial());
	}

	@Test
	void aNumberImportedInAnotherTownIsNotGivenHereEither() {
		LocalDate day = LocalDate.of(2017, 6, 2);
		TrackingNumber last = fx.register(day).trackingNumber();
		TrackingNumber imported = TrackingNumber.of("XF", 2017, last.serial() + 1);
		OrgId jinfeng = organization.byCreditCode("115001070093712995").orElseThrow().id();
		assertThat(importRows(jinfeng, row(imported, day)).imported()).isEqualTo(1);
		assertThat(fx.register(day).trackingNumber()).isNotEqualTo(imported);
	}

	@Test
	void aRowWithTheNumberOfAnotherProcedureIsRefused() {
		var result = importRows(fx.hangu, row(new TrackingNumber("YSQ-2017-000001"), LocalDate.of(2017, 6, 3)));
		assertThat(result.imported()).isZero();
		assertThat(result.errors()).singleElement()
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("petition.import.prefix"));
	}

	private PetitionLedger.ImportResult importRows(OrgId org, List<?>... rows) {
		byte[] xlsx = Spreadsheets.write("信访台账", PetitionLedger.HEADERS, List.of(rows));
		return ledger.importLedger(org, new ByteArrayInputStream(xlsx), "xinfang");
	}

	private static List<String> row(TrackingNumber number, LocalDate received) {
		List<String> values = new ArrayList<>(Collections.nCopies(PetitionLedger.HEADERS.size(), ""));
		values.set(PetitionLedger.HEADERS.indexOf("受理编号"), number.value());
		values.set(PetitionLedger.HEADERS.indexOf("收到日期"), received.toString());
		values.set(PetitionLedger.HEADERS.indexOf("信访渠道"), "来访");
		values.set(PetitionLedger.HEADERS.indexOf("信访人"), "张*");
		values.set(PetitionLedger.HEADERS.indexOf("人数"), "1");
		values.set(PetitionLedger.HEADERS.indexOf("标题"), "台账编号测试");
		values.set(PetitionLedger.HEADERS.indexOf("诉求摘要"), "导入后编号不重复");
		return values;
	}
}
