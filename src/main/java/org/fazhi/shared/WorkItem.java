package org.fazhi.shared;

import java.time.LocalDate;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

/** Something on a staff member's plate, shown on the console home across modules ("我的待办"). */
public record WorkItem(String module, String title, String href, @Nullable LocalDate dueOn, Urgency urgency) {

	/** Modules that hold deadlines contribute their open items through this. */
	public interface Source {

		/** Open items of the org that a user with these authorities handles, most urgent first. */
		java.util.List<WorkItem> openItems(OrgId org, Collection<String> authorities, LocalDate today);
	}
}
