package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.fazhi.shared.OrgId;
import org.fazhi.shared.Urgency;
import org.fazhi.shared.WorkItem;
import org.springframework.stereotype.Component;

/**
 * From 1 November, while next year's holiday notice is missing, the calendar administrators see "请录入YYYY年节假日安排"
 * among their work items on the console home, 即将到期 until its date, 31 December, has passed (a date not yet
 * passed is never 已逾期). Meanwhile periods reaching into that year carry provisional due dates (暂定).
 */
@Component
class CalendarWarnings implements WorkItem.Source {

	static final String AUTHORITY = "calendar:manage";

	private final CalendarNotices notices;

	CalendarWarnings(CalendarNotices notices) {
		this.notices = notices;
	}

	@Override
	public List<WorkItem> openItems(OrgId org, Collection<String> authorities, LocalDate today) {
		if (!authorities.contains(AUTHORITY) || !notices.nextYearMissing(today)) {
			return List.of();
		}
		int next = today.getYear() + 1;
		LocalDate due = LocalDate.of(today.getYear(), 12, 31);
		Urgency urgency = today.isAfter(due) ? Urgency.OVERDUE : Urgency.DUE_SOON;
		return List.of(new WorkItem("工作日历", "请录入" + next + "年节假日安排", "/console/calendar/" + next,
				due, urgency));
	}
}
