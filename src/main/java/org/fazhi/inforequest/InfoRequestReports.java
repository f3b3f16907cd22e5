package org.fazhi.inforequest;

import org.fazhi.shared.OrgId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual OGI report's tables, computed from the records. */
@Service
@Transactional(readOnly = true)
public class InfoRequestReports {

	private final InfoRequestService service;

	InfoRequestReports(InfoRequestService service) {
		this.service = service;
	}

	public RequestTable requestTable(OrgId org, int year) {
		return RequestTable.of(org, year, service.touchingYear(org, year));
	}
}
