package org.fazhi.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.fazhi.identity.Account;
import org.fazhi.identity.IdentityService;
import org.fazhi.identity.Role;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/console/admin/accounts")
class AccountConsoleController {

	private final IdentityService identity;

	private final OrganizationService organization;

	private final MessageSource messages;

	AccountConsoleController(IdentityService identity, OrganizationService organization, MessageSource messages) {
		this.identity = identity;
		this.organization = organization;
		this.messages = messages;
	}

	record AccountForm(@NotBlank(message = "{identity.username.required}") String username,
			@NotBlank(message = "{identity.displayname.required}") @Size(max = 50) String displayName,
			@NotBlank(message = "{identity.password.required}") String initialPassword,
			@NotEmpty(message = "{identity.roles.empty}") @Nullable List<Role> roles, @Nullable Long orgId) {
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('identity:accounts', 'identity:accounts:read')")
	String list(@RequestParam(required = false) @Nullable Long org, @AuthenticationPrincipal Staff user,
			Model model) {
		OrgId scope = org != null && user.canRead(OrgId.of(org)) ? OrgId.of(org) : user.org();
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", user.readableOrgs().stream().map(organization::org).toList());
		model.addAttribute("accounts", identity.accounts(scope));
		return "identity/accounts";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('identity:accounts')")
	String newAccount(@AuthenticationPrincipal Staff user, Model model) {
		model.addAttribute("form", new AccountForm("", "", "", List.of(), user.org().value()));
		return prepareForm(user, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('identity:accounts')")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return prepareForm(user, model);
		}
		OrgId org = form.orgId() == null ? user.org() : OrgId.of(form.orgId());
		try {
			Account account = identity.createAccount(user, org, form.username(), form.displayName(),
					form.initialPassword(), EnumSet.copyOf(form.roles()));
			redirect.addFlashAttribute("notice", "账户已创建，初次登录须修改密码。");
			return "redirect:/console/admin/accounts/" + account.id();
		}
		catch (RuleViolation e) {
			String field = e.messageKey().startsWith("password") ? "initialPassword"
					: e.messageKey().startsWith("identity.roles") ? "roles" : "username";
			errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
			return prepareForm(user, model);
		}
	}

	private String prepareForm(Staff user, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("orgs", user.readableOrgs().stream().map(organization::org).toList());
		return "identity/account-new";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('identity:accounts', 'identity:accounts:read')")
	String show(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Account account = identity.account(user, id);
		model.addAttribute("account", account);
		model.addAttribute("org", organization.org(account.org()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("locked", account.isLocked(java.time.Instant.now()));
		return "identity/account";
	}

	@PostMapping("/{id}/roles")
	@PreAuthorize("hasAuthority('identity:roles')")
	String roles(@PathVariable long id, @RequestParam(name = "roles", required = false) @Nullable Role[] roles,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		Set<Role> chosen = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
		return act(id, redirect, "角色已更新。", () -> identity.assignRoles(user, id, chosen));
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasAuthority('identity:roles')")
	String unlock(@PathVariable long id, @AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "账户已解锁。", () -> identity.unlock(user, id));
	}

	@PostMapping("/{id}/password")
	@PreAuthorize("hasAuthority('identity:roles')")
	String resetPassword(@PathVariable long id, @RequestParam String initialPassword,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "密码已重置，账户持有人下次登录须修改。",
				() -> identity.resetPassword(user, id, initialPassword));
	}

	@PostMapping("/{id}/enabled")
	@PreAuthorize("hasAuthority('identity:roles')")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, enabled ? "账户已启用。" : "账户已停用。", () -> identity.setEnabled(user, id, enabled));
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem",
					e.text(messages));
		}
		return "redirect:/console/admin/accounts/" + id;
	}
}
