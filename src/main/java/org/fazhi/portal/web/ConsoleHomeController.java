package org.fazhi.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.fazhi.shared.shell.Today;
import org.fazhi.shared.Staff;
import org.fazhi.shared.WorkItem;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ConsoleHomeController {

	private final List<WorkItem.Source> sources;

	private final Clock clock;

	ConsoleHomeController(List<WorkItem.Source> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/** "我的待办": open items across modules, overdue first, then by due date. */
	@GetMapping("/console")
	String home(@AuthenticationPrincipal Staff user, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(Today.ZONE));
		List<String> granted = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
			.map(GrantedAuthority::getAuthority).toList();
		List<WorkItem> items = sources.stream()
			.flatMap(s -> s.openItems(user.org(), granted, today).stream())
			.sorted(Comparator.comparing((WorkItem w) -> w.urgency().ordinal() == 2 ? 0 : 1)
				.thenComparing(w -> w.dueOn() == null ? LocalDate.MAX : w.dueOn()))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("today", today);
		return "portal/console-home";
	}
}
