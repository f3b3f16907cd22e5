package org.fazhi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.fazhi.identity.IdentityService;
import org.fazhi.identity.StaffUser;
import org.fazhi.identity.StaffSessions;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/console/password")
class PasswordController {

	private final IdentityService identity;

	private final StaffSessions sessions;

	PasswordController(IdentityService identity, StaffSessions sessions) {
		this.identity = identity;
		this.sessions = sessions;
	}

	record PasswordForm(@NotBlank(message = "{password.current.required}") String current,
			@NotBlank(message = "{password.next.required}") String next,
			@NotBlank(message = "{password.repeat.required}") String repeat) {
	}

	/**
	 * The empty form is added here, not by a {@code @ModelAttribute} method: with one, the POST would reuse that
	 * empty record instead of binding the submitted fields (records have no setters).
	 */
	@GetMapping
	String page(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "identity/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			@AuthenticationPrincipal StaffUser user, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && !form.next().equals(form.repeat())) {
			errors.rejectValue("repeat", "password.repeat.mismatch");
		}
		if (errors.hasErrors()) {
			return "identity/password";
		}
		try {
			identity.changeOwnPassword(user.accountId(), form.current(), form.next());
		}
		catch (RuleViolation e) {
			errors.rejectValue(e.messageKey().equals("password.current-wrong") ? "current" : "next", e.messageKey());
			return "identity/password";
		}
		sessions.passwordChanged(user, request, response);
		redirect.addFlashAttribute("notice", "密码已修改。");
		return "redirect:/console";
	}
}
