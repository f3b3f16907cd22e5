package org.fazhi.petition.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.fazhi.calendar.ClockView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.petition.Petition;
import org.fazhi.petition.PetitionLetters;
import org.fazhi.petition.PetitionService;
import org.fazhi.petition.PetitionStatus;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The district 信访 office's desk for 复查/复核 (信访工作条例 Arts. 35–36): the pending requests of all its towns
 * with their 30-日 clocks, and the decision. A town account never gets here (no petition:review); another
 * district's petition is a 404.
 */
@Controller
@RequestMapping("/console/petition-reviews")
class PetitionReviewController {

	private final PetitionService service;

	private final PetitionLetters letters;

	private final OrganizationService organization;

	private final MessageSource messages;

	PetitionReviewController(PetitionService service, PetitionLetters letters, OrganizationService organization,
			MessageSource messages) {
		this.service = service;
		this.letters = letters;
		this.organization = organization;
		this.messages = messages;
	}

	record Row(Petition petition, String town, @Nullable ClockView clock, String petitioner) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('petition:review')")
	String list(@AuthenticationPrincipal Staff user, Model model) {
		Map<OrgId, String> towns = new java.util.HashMap<>();
		organization.townsReadableBy(user).forEach(t -> towns.put(t.id(), t.name()));
		List<Row> rows = service.pendingReviews(user.org()).stream()
			.map(p -> new Row(p, towns.getOrDefault(p.org(), ""), service.currentClock(p).orElse(null),
					PetitionConsoleController.petitionerFor(p, user)))
			.toList();
		model.addAttribute("rows", rows);
		return "petition/console/reviews";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('petition:review')")
	String show(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Petition p = service.reviewable(user.org(), id);
		model.addAttribute("p", p);
		model.addAttribute("town", organization.org(p.org()).name());
		model.addAttribute("petitioner", PetitionConsoleController.petitionerFor(p, user));
		model.addAttribute("clock", service.currentClock(p).orElse(null));
		model.addAttribute("letters", letters.available(p));
		model.addAttribute("timeline", service.timeline(p).stream().filter(s -> s.isPublic()).toList());
		model.addAttribute("today", service.today());
		model.addAttribute("stage", p.status() == PetitionStatus.REVIEW_REQUESTED ? "复查"
				: p.status() == PetitionStatus.RECHECK_REQUESTED ? "复核" : null);
		return "petition/console/review";
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize("hasAuthority('petition:review')")
	String decide(@PathVariable long id, @RequestParam(defaultValue = "") String result,
			@RequestParam(defaultValue = "") String reasons,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		Petition p = service.reviewable(user.org(), id);
		LocalDate day = on == null ? service.today() : on;
		if (p.status() == PetitionStatus.RECHECK_REQUESTED) {
			return act(id, redirect, "复核意见书已出具，乡镇和信访人可见。",
					() -> service.decideRecheck(user.org(), id, day, result, reasons, user.username()));
		}
		return act(id, redirect, "复查意见书已出具，乡镇和信访人可见。",
				() -> service.decideReview(user.org(), id, day, result, reasons, user.username()));
	}

	@PostMapping("/{id}/hearing")
	@PreAuthorize("hasAuthority('petition:review')")
	String hearing(@PathVariable long id, @RequestParam(defaultValue = "start") String step,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		LocalDate day = on == null ? service.today() : on;
		if ("end".equals(step)) {
			return act(id, redirect, "听证已结束，复核期限已顺延。",
					() -> service.endHearing(user.org(), id, day, user.username()));
		}
		return act(id, redirect, "已记录听证，听证期间复核期限暂停计算。",
				() -> service.startHearing(user.org(), id, day, user.username()));
	}

	private String act(long id, RedirectAttributes redirect, String done, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem",
					e.text(messages));
		}
		return "redirect:/console/petition-reviews/" + id;
	}
}
