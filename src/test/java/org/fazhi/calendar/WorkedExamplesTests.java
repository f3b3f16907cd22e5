package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of the reference data's README: the 20th working day after receipt (OGI Art. 33 ¶2). */
class WorkedExamplesTests {

	private static final WorkdayCalendar CALENDAR = WorkdayCalendar.fromBundledNotices();

	@ParameterizedTest(name = "received {0} → reply due {1} (OGI Art. 33: 20 工作日, first day not counted)")
	@CsvSource({ "2024-09-25, 2024-10-28", "2025-01-20, 2025-02-21", "2026-02-10, 2026-03-16",
			"2025-09-20, 2025-10-23", "2023-09-25, 2023-10-27", "2020-01-20, 2020-02-25", "2018-12-25, 2019-01-23" })
	void twentiethWorkingDayAfterReceipt_Art33(LocalDate received, LocalDate due) {
		Deadline deadline = CALENDAR.deadline(received, Period.workingDays(20));
		assertThat(deadline.dueOn()).isEqualTo(due);
		assertThat(CALENDAR.dueOn(received, Period.workingDays(20))).isEqualTo(due);
	}
}
