package org.fazhi.calendar;

import java.time.LocalDate;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * Start a statutory clock for a record of a module.
 *
 * @param module the owning module, e.g. {@code inforequest}
 * @param recordId the owning record's id or tracking number
 * @param title what the console's "我的待办" shows, e.g. "依申请公开 YSQ-2024-000123 答复"
 * @param href the record's console page
 * @param handler user name of the person responsible, told when the due date moves; empty for the whole office
 * @param authority who sees it in "我的待办" (a permission such as {@code inforequest:handle})
 */
public record StartClock(OrgId org, String module, String recordId, String ruleCode, LocalDate start, String title,
		String href, @Nullable String handler, @Nullable String authority) {
}
