package org.fazhi.inforequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.inforequest.persistence.ReportCellRepository;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual OGI report's tables: 三 computed from the records, 二 and 四 typed in (手工填报). */
@Service
@Transactional(readOnly = true)
public class InfoRequestReports {

	private final InfoRequestService service;

	private final ReportCellRepository cells;

	private final AuditTrail audit;

	private final Clock clock;

	InfoRequestReports(InfoRequestService service, ReportCellRepository cells, AuditTrail audit, Clock clock) {
		this.service = service;
		this.cells = cells;
		this.audit = audit;
		this.clock = clock;
	}

	public RequestTable requestTable(OrgId org, int year) {
		return RequestTable.of(org, year, service.touchingYear(org, year));
	}

	public ManualTables manual(OrgId org, int year) {
		Map<String, BigDecimal> values = new HashMap<>();
		cells.of(org.value(), year).forEach(c -> values.put(c.key(), c.value()));
		return ManualTables.of(values);
	}

	/**
	 * Saves typed-in figures of the user's own org. Blank leaves a cell as it was; anything but a non-negative number
	 * (whole, except the fee in 万元) is refused as a whole, so nothing half-saved remains.
	 */
	@Transactional
	public ManualTables saveManual(Staff user, int year, Map<String, String> typed) {
		Map<String, BigDecimal> parsed = new HashMap<>();
		for (String key : ManualTables.keys()) {
			String text = typed.getOrDefault(key, "").strip();
			if (text.isEmpty()) {
				continue;
			}
			try {
				BigDecimal v = new BigDecimal(text);
				if (v.signum() < 0 || (!ManualTables.isDecimal(key) && v.stripTrailingZeros().scale() > 0)) {
					throw new NumberFormatException();
				}
				parsed.put(key, v);
			}
			catch (NumberFormatException e) {
				throw new RuleViolation("inforequest.report.value");
			}
		}
		Map<String, ReportCell> existing = new HashMap<>();
		cells.of(user.org().value(), year).forEach(c -> existing.put(c.key(), c));
		StringBuilder changes = new StringBuilder();
		parsed.forEach((key, value) -> {
			ReportCell cell = existing.get(key);
			if (cell == null) {
				cells.save(new ReportCell(user.org().value(), year, key, value, user.username(), clock.instant()));
				changes.append(key).append(": → ").append(value.toPlainString()).append("；");
			}
			else if (cell.value().compareTo(value) != 0) {
				changes.append(key).append(": ").append(cell.value().toPlainString()).append(" → ")
					.append(value.toPlainString()).append("；");
				cell.change(value, user.username(), clock.instant());
			}
		});
		if (!changes.isEmpty()) {
			audit.record(AuditRecord.of("inforequest.report.typed", "inforequest-report", year, user.org(),
					year + "年度报告手工填报：" + changes));
		}
		return manual(user.org(), year);
	}

	public List<String> problems(RequestTable three, ManualTables manual) {
		List<String> all = new java.util.ArrayList<>(three.problems());
		all.addAll(manual.problems());
		return all;
	}
}
