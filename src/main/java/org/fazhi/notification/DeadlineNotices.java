package org.fazhi.notification;

import java.time.LocalDate;

import org.fazhi.calendar.CalendarDataNeeded;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.calendar.DeadlineMoved;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the calendar's announcements into notices for the people who must act. */
@Component
class DeadlineNotices {

	private final NotificationService notifications;

	private final DeadlineClocks clocks;

	DeadlineNotices(NotificationService notifications, DeadlineClocks clocks) {
		this.notifications = notifications;
		this.clocks = clocks;
	}

	// same transaction as the change: a due date never moves without its notice
	@EventListener
	void on(DeadlineMoved event) {
		var clock = clocks.view(event.clock());
		String body = clock.title() + " 的期限由 " + text(event.oldDueOn(), event.oldProvisional()) + " 变更为 "
				+ text(event.newDueOn(), event.newProvisional()) + "，自即日起按变更后的期限办理。原因：" + event.reason();
		if (clock.handler() != null) {
			notifications.notifyUser(event.org(), clock.handler(), "期限变更", body, clock.href());
		}
		else if (clock.authority() != null) {
			notifications.notifyHolders(event.org(), clock.authority(), "期限变更", body, clock.href());
		}
	}

	@EventListener
	void on(CalendarDataNeeded event) {
		notifications.notifyHolders(null, "calendar:manage", "请录入" + event.year() + "年节假日安排",
				event.clockTitle() + " 的期限因" + event.year() + "年节假日安排尚未录入而无法计算，录入后系统将自动补算。",
				"/console/calendar");
	}

	private static String text(@Nullable LocalDate d, boolean provisional) {
		return d == null ? "待日历更新"
				: d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + (provisional ? "（暂定）" : "");
	}
}
