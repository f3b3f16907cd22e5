package org.fazhi.identity.web;

import org.fazhi.identity.IdentityService;
import org.fazhi.shared.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInConsoleController {

	private final IdentityService identity;

	SignInConsoleController(IdentityService identity) {
		this.identity = identity;
	}

	@GetMapping("/console/admin/signins")
	@PreAuthorize("hasAuthority('identity:signins')")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Staff user, Model model) {
		model.addAttribute("signins", identity.signIns(user, page));
		return "identity/signins";
	}
}
