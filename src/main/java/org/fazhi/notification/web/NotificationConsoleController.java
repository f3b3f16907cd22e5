package org.fazhi.notification.web;

import java.util.List;

import org.fazhi.notification.NotificationService;
import org.fazhi.shared.Staff;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/console/notifications")
class NotificationConsoleController {

	private final NotificationService notifications;

	NotificationConsoleController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Staff user, Authentication auth, Model model) {
		model.addAttribute("notices", notifications.forUser(user, granted(auth)));
		return "notification/list";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @AuthenticationPrincipal Staff user, Authentication auth) {
		notifications.markRead(user, granted(auth), id);
		return "redirect:/console/notifications";
	}

	private static List<String> granted(Authentication auth) {
		return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}
}
