package org.fazhi.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fazhi.organization.OrgKind;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.SiteDetails;
import org.fazhi.organization.Village;
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
@RequestMapping("/console/organization")
class OrganizationConsoleController {

	private final OrganizationService organization;

	private final MessageSource messages;

	OrganizationConsoleController(OrganizationService organization, MessageSource messages) {
		this.organization = organization;
		this.messages = messages;
	}

	record TownForm(@NotBlank(message = "{organization.name.required}") @Size(max = 50) String name,
			@NotBlank(message = "{organization.fullname.required}") @Size(max = 100) String fullName,
			@NotBlank(message = "{creditcode.required}") String creditCode) {
	}

	record SiteForm(@Nullable String sponsor, @Nullable String siteCode, @Nullable String icp, @Nullable String psb,
			@Nullable String address, @Nullable String phone) {
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('organization:manage', 'organization:read')")
	String overview(@RequestParam(required = false) @Nullable Long org, @AuthenticationPrincipal Staff user,
			Model model) {
		OrgId scope = org != null && user.canRead(OrgId.of(org)) ? OrgId.of(org) : user.org();
		var summary = organization.org(scope);
		model.addAttribute("org", summary);
		model.addAttribute("villages", organization.villages(scope));
		model.addAttribute("departments", organization.departments(scope));
		model.addAttribute("towns", summary.kind() == OrgKind.DISTRICT ? organization.towns().stream()
			.filter(t -> scope.equals(t.parent())).toList() : java.util.List.of());
		if (!model.containsAttribute("townForm")) {
			model.addAttribute("townForm", new TownForm("", "", ""));
		}
		model.addAttribute("villageKinds", Village.Kind.values());
		return "organization/overview";
	}

	@GetMapping("/villages/{id}")
	@PreAuthorize("hasAnyAuthority('organization:manage', 'organization:read')")
	String village(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Village village = organization.village(user.readableOrgs(), id);
		model.addAttribute("village", village);
		model.addAttribute("org", organization.org(OrgId.of(village.orgId())));
		return "organization/village";
	}

	@PostMapping("/villages")
	@PreAuthorize("hasAuthority('organization:manage')")
	String addVillage(@RequestParam String name, @RequestParam Village.Kind kind, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(redirect, "村（社区）已添加。", () -> {
			if (name.isBlank()) {
				throw new RuleViolation("organization.name.required");
			}
			organization.addVillage(user.org(), name, kind);
		});
	}

	@PostMapping("/departments")
	@PreAuthorize("hasAuthority('organization:manage')")
	String addDepartment(@RequestParam String name, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(redirect, "部门已添加。", () -> {
			if (name.isBlank()) {
				throw new RuleViolation("organization.name.required");
			}
			organization.addDepartment(user.org(), name);
		});
	}

	@PostMapping("/site")
	@PreAuthorize("hasAuthority('organization:manage')")
	String site(@ModelAttribute SiteForm form, @AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, "网站信息已保存。", () -> organization.describeSite(user.org(),
				new SiteDetails(form.sponsor(), form.siteCode(), form.icp(), form.psb(), form.address(), form.phone())));
	}

	@PostMapping("/towns")
	@PreAuthorize("hasAuthority('organization:manage')")
	String addTown(@Valid @ModelAttribute("townForm") TownForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		if (!user.isDistrict()) {
			throw new RuleViolation("organization.parent.not-district");
		}
		if (!errors.hasErrors()) {
			try {
				organization.createTown(user.org(), form.name(), form.fullName(), form.creditCode());
				redirect.addFlashAttribute("notice", "乡镇（街道）已添加。");
				return "redirect:/console/organization";
			}
			catch (RuleViolation e) {
				errors.rejectValue(e.messageKey().startsWith("creditcode") || e.messageKey().contains("creditcode")
						? "creditCode" : "name", e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		return overview(null, user, model);
	}

	private String act(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem",
					e.text(messages));
		}
		return "redirect:/console/organization";
	}
}
