package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A clock as pages and other modules show it: due date, light, days left and the working in words. */
public record ClockView(ClockId id, OrgId org, String module, String recordId, String title, String href,
		ClockRule rule, Deadline deadline, @Nullable LocalDate completedOn, DeadlineState state,
		@Nullable String handler, @Nullable String authority) {

	public @Nullable LocalDate dueOn() {
		return deadline.dueOn();
	}

	/**
	 * What a citizen must know besides the date, in one sentence: it is 暂定, or the clock stands still; empty for
	 * an ordinary running or finished clock.
	 */
	public @Nullable String dueNote() {
		if (completedOn == null && state.paused()) {
			return "暂停计时（" + state.waitingFor() + "），所需时间不计入期限，恢复计时后期限相应顺延";
		}
		if (deadline.provisional()) {
			return "暂定：" + deadline.missingYear() + "年节假日安排尚未公布，按《全国年节及纪念日放假办法》推算，公布后如有变动将另行告知";
		}
		return null;
	}

	public List<String> explanation() {
		return deadline.explanation();
	}
}
