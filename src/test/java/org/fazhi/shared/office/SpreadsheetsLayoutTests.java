package org.fazhi.shared.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one layout of exported ledgers, read back with POI as Excel would. */
class SpreadsheetsLayoutTests {

	@Test
	void aLedgerHasItsTitleFrozenHeaderAndA4LandscapePrintSetupAndReadsBack() throws Exception {
		byte[] xlsx = Spreadsheets.ledger("信访台账", "信访台账", List.of("受理编号", "信访人"),
				List.of(List.of("XF-2024-00001", "张*三"), List.of("XF-2024-00002", "李*四")));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertLedgerLayout(sheet, "信访台账");
		}
		var rows = Spreadsheets.read(new ByteArrayInputStream(xlsx), List.of("受理编号", "信访人"));
		assertThat(rows).extracting(Spreadsheets.SheetRow::number).containsExactly(3, 4);
		assertThat(rows.get(1).get("信访人")).isEqualTo("李*四");
	}

	@Test
	void aPlainSheetKeepsItsHeaderInRowOneAndGetsThePrintSetupToo() throws Exception {
		byte[] xlsx = Spreadsheets.write("表", List.of("姓名"), List.of(List.of("王五")));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
		}
		assertThat(Spreadsheets.read(new ByteArrayInputStream(xlsx), List.of("姓名")).get(0).number()).isEqualTo(2);
	}

	/** Shared by the module export tests: title in A1, header in row 2, frozen below it, printable on A4. */
	public static void assertLedgerLayout(Sheet sheet, String title) {
		assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
		assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
		PrintSetup print = sheet.getPrintSetup();
		assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(print.getLandscape()).isTrue();
		assertThat(print.getFitWidth()).isEqualTo((short) 1);
		assertThat(print.getFitHeight()).isEqualTo((short) 0);
		assertThat(sheet.getFitToPage()).isTrue();
		assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
		assertThat(sheet.getMargin(PageMargin.LEFT)).isCloseTo(1.5 / 2.54, org.assertj.core.api.Assertions.within(1e-6));
	}
}
