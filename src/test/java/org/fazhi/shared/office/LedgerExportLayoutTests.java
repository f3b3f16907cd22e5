package org.fazhi.shared.office;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each module's exported ledger has the one layout of {@link Spreadsheets#ledger}, read back with POI. */
@FazhiTest
class LedgerExportLayoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	private void assertLayout(String url, String user, String title, String... params) throws Exception {
		var request = get(url).with(new Staffs(identity).as(user));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		byte[] xlsx = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			SpreadsheetsLayoutTests.assertLedgerLayout(book.getSheetAt(0), title);
		}
	}

	@Test
	void theInformationRequestLedger() throws Exception {
		assertLayout("/console/inforequests/export.xlsx", "gongkai", "政府信息公开申请台账");
	}

	@Test
	void theDisclosureLedger() throws Exception {
		assertLayout("/console/disclosure/export.xlsx", "gongkai", "主动公开政府信息台账", "year", "2023");
	}
}
