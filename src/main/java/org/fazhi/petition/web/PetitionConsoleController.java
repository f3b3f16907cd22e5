package org.fazhi.petition.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.fazhi.calendar.ClockView;
import org.fazhi.organization.OrganizationService;
import org.fazhi.petition.Channel;
import org.fazhi.petition.DisputeKind;
import org.fazhi.petition.LetterKind;
import org.fazhi.petition.Outcome;
import org.fazhi.petition.Petition;
import org.fazhi.petition.PetitionLetters;
import org.fazhi.petition.PetitionService;
import org.fazhi.petition.PetitionStatistics;
import org.fazhi.petition.PetitionStatus;
import org.fazhi.petition.PetitionType;
import org.fazhi.petition.Receipt;
import org.fazhi.petition.Route;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
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

/** The 信访 desk: list, registration, the record page and its actions. Another town's record is a 404. */
@Controller
@RequestMapping("/console/petitions")
class PetitionConsoleController {

	private static final int PAGE_SIZE = 20;

	private final PetitionService service;

	private final PetitionLetters letters;

	private final OrganizationService organization;

	private final MessageSource messages;

	PetitionConsoleController(PetitionService service, PetitionLetters letters, OrganizationService organization,
			MessageSource messages) {
		this.service = service;
		this.letters = letters;
		this.organization = organization;
		this.messages = messages;
	}

	/** A list row: the record, its current clock, and how the petitioner may be shown to this user. */
	record Row(Petition petition, @Nullable ClockView clock, String petitioner) {
	}

	static String petitionerFor(Petition p, Staff user) {
		if (p.isIdentityProtected() && !user.can("petition:identity")) {
			return "（依规保密）";
		}
		String first = p.firstPetitioner().masked().split(" ")[0];
		return p.petitioners().size() > 1 ? first + " 等" + p.petitioners().size() + "人" : first;
	}

	/** The town whose list is shown: the chosen one if readable; for a district supervisor, else the first town. */
	private OrgId scope(@Nullable Long org, Staff user) {
		return organization.scopeFor(user, org);
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('petition:handle', 'supervise', 'district:read')")
	String list(@RequestParam(required = false) @Nullable Long org,
			@RequestParam(required = false) @Nullable PetitionStatus status,
			@RequestParam(required = false) @Nullable PetitionType type,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable Long village,
			@RequestParam(defaultValue = "false") boolean supervised,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) PetitionStatistics.@Nullable Figure figure,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Staff user, Model model) {
		OrgId scope = scope(org, user);
		var filter = new PetitionService.Filter(status, type, channel, village, supervised, overdue, year, figure);
		Page<Petition> result = service.search(scope, filter, page, PAGE_SIZE);
		model.addAttribute("rows", result.getContent().stream()
			.map(p -> new Row(p, service.currentClock(p).orElse(null), petitionerFor(p, user))).toList());
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", organization.townsReadableBy(user));
		model.addAttribute("villages", organization.villages(scope));
		model.addAttribute("statuses", PetitionStatus.values());
		model.addAttribute("types", PetitionType.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("query", query(scope, filter));
		return "petition/console/list";
	}

	/** The filter as a query string, for the pager and the ledger export of what the list shows. */
	static String query(OrgId org, PetitionService.Filter f) {
		StringBuilder q = new StringBuilder("org=" + org.value());
		if (f.status() != null) {
			q.append("&status=").append(f.status());
		}
		if (f.type() != null) {
			q.append("&type=").append(f.type());
		}
		if (f.channel() != null) {
			q.append("&channel=").append(f.channel());
		}
		if (f.villageId() != null) {
			q.append("&village=").append(f.villageId());
		}
		if (f.supervisedOnly()) {
			q.append("&supervised=true");
		}
		if (f.overdueOnly()) {
			q.append("&overdue=true");
		}
		if (f.year() != null) {
			q.append("&year=").append(f.year());
		}
		if (f.figure() != null) {
			q.append("&figure=").append(f.figure());
		}
		return q.toString();
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('petition:handle')")
	String newPetition(@AuthenticationPrincipal Staff user, Model model) {
		PetitionForm empty = PetitionForm.empty(UUID.randomUUID().toString());
		model.addAttribute("form", new PetitionForm("", "", "", "", null, "", "", "", "", empty.token(),
				Channel.VISIT.name(), service.today().toString()));
		return registrationPage(user, model);
	}

	private String registrationPage(Staff user, Model model) {
		model.addAttribute("villages", organization.villages(user.org()));
		model.addAttribute("channels", Channel.values());
		return "petition/console/new";
	}

	/** Staff registration of a letter, visit, call or fax; then the record page offers possible duplicates. */
	@PostMapping
	@PreAuthorize("hasAuthority('petition:handle')")
	String register(@Valid @ModelAttribute("form") PetitionForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		PetitionForms.check(form, errors, organization.villages(user.org()));
		Channel channel = null;
		try {
			channel = form.channel() == null ? null : Channel.valueOf(form.channel());
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (channel == null) {
			errors.rejectValue("channel", "petition.form.channel");
		}
		LocalDate received = null;
		try {
			received = form.receivedOn() == null || form.receivedOn().isBlank() ? null : LocalDate.parse(form.receivedOn());
		}
		catch (RuntimeException e) {
			// reported below
		}
		if (received == null) {
			errors.rejectValue("receivedOn", "office.sheet.date", new Object[] { form.receivedOn() }, "日期格式不正确");
		}
		if (errors.hasErrors()) {
			return registrationPage(user, model);
		}
		try {
			Receipt r = service.register(user.org(), PetitionForms.intake(form, channel, received, "desk:" + form.token()),
					user.username());
			redirect.addFlashAttribute("notice", "已登记，受理编号 " + r.trackingNumber() + "，查询码 " + r.queryCode()
					+ "（请告知信访人）。");
			return "redirect:/console/petitions/" + r.id();
		}
		catch (RuleViolation e) {
			errors.reject(e.messageKey(), e.arguments(), e.text(messages));
			return registrationPage(user, model);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('petition:handle', 'supervise', 'district:read')")
	String show(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Petition p = service.petition(user.readableOrgs(), id);
		return record(p, user, model);
	}

	private String record(Petition p, Staff user, Model model) {
		model.addAttribute("p", p);
		model.addAttribute("petitionerShown", petitionerFor(p, user));
		model.addAttribute("identityHidden", p.isIdentityProtected() && !user.can("petition:identity"));
		model.addAttribute("canReveal", p.isIdentityProtected() ? user.can("petition:identity")
				: user.can("petition:identity") || user.can("petition:handle"));
		model.addAttribute("clock", service.currentClock(p).orElse(null));
		// the petitioner's request windows are shown as a date above, not as office deadlines
		model.addAttribute("clocks", service.clocksOf(p).stream().filter(c -> !c.rule().code().endsWith("-request")).toList());
		model.addAttribute("timeline", service.timeline(p));
		model.addAttribute("letters", letters.available(p));
		model.addAttribute("windowEnd", service.requestWindowEnd(p).orElse(null));
		boolean mine = p.org().equals(user.org());
		model.addAttribute("canHandle", mine && user.can("petition:handle"));
		model.addAttribute("canSupervise", mine && user.can("supervise"));
		model.addAttribute("canApprove", mine && user.can("leader:approve"));
		model.addAttribute("duplicates", mine && user.can("petition:handle") && !p.isDuplicate()
				? service.possibleDuplicates(p) : List.of());
		model.addAttribute("types", PetitionType.values());
		model.addAttribute("routes", Route.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("disputes", DisputeKind.values());
		model.addAttribute("today", service.today());
		return "petition/console/record";
	}

	/** Unmasks the petitioners for this one page view; audited (and refused for 检举控告 without petition:identity). */
	@PostMapping("/{id}/identity")
	@PreAuthorize("hasAnyAuthority('petition:handle', 'petition:identity')")
	String reveal(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Set<String> granted = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
			.map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		model.addAttribute("revealed", service.revealIdentity(user.readableOrgs(), id, granted));
		return record(service.petition(user.readableOrgs(), id), user, model);
	}

	@GetMapping("/{id}/letters/{kind}")
	@PreAuthorize("hasAnyAuthority('petition:handle', 'supervise', 'district:read')")
	ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable String kind, @AuthenticationPrincipal Staff user) {
		Petition p = service.petition(user.readableOrgs(), id);
		LetterKind k;
		try {
			k = LetterKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			throw new NotFound("letter");
		}
		if (!letters.available(p).contains(k)) {
			throw new NotFound("letter");
		}
		return PetitionPortalController.docx(letters.write(p, k), p.trackingNumber() + "-" + k.title() + ".docx");
	}

	// ---------------------------------------------------------------- actions

	private String act(long id, RedirectAttributes redirect, String done, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:/console/petitions/" + id;
	}


	private LocalDate day(@Nullable LocalDate on) {
		return on == null ? service.today() : on;
	}

	@PostMapping("/{id}/classify")
	@PreAuthorize("hasAuthority('petition:handle')")
	String classify(@PathVariable long id, @RequestParam PetitionType type, @RequestParam(required = false) @Nullable Route route,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已分类。", () -> service.classify(user.org(), id, type, route, user.username()));
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasAuthority('petition:handle')")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "") String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		if (unit.isBlank()) {
			redirect.addFlashAttribute("problem", "请填写承办单位。");
			return "redirect:/console/petitions/" + id;
		}
		return act(id, redirect, "已受理，受理告知书已生成。",
				() -> service.accept(user.org(), id, day(on), unit, user.username()));
	}

	@PostMapping("/{id}/not-accept")
	@PreAuthorize("hasAuthority('petition:handle')")
	String notAccept(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已决定不予受理，告知书已生成。",
				() -> service.notAccept(user.org(), id, day(on), reason, user.username()));
	}

	@PostMapping("/{id}/transfer")
	@PreAuthorize("hasAuthority('petition:handle')")
	String transfer(@PathVariable long id, @RequestParam(defaultValue = "") String to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已转送交办，转送函和告知书已生成。",
				() -> service.transfer(user.org(), id, day(on), to, user.username()));
	}

	@PostMapping("/{id}/mediation")
	@PreAuthorize("hasAuthority('petition:handle')")
	String mediation(@PathVariable long id, @RequestParam DisputeKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已转人民调解。",
				() -> service.referToMediation(user.org(), id, day(on), kind, user.username()));
	}

	@PostMapping("/{id}/objection")
	@PreAuthorize("hasAuthority('petition:handle')")
	String objection(@PathVariable long id, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录异议。", () -> service.object(user.org(), id, day(on), from, reason, user.username()));
	}

	@PostMapping("/{id}/extend")
	@PreAuthorize("hasAuthority('petition:handle')")
	String extend(@PathVariable long id, @RequestParam(defaultValue = "30") int days,
			@RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "延期申请已报领导审批，批准后办理期限才延长。",
				() -> service.requestExtension(user.org(), id, days, reason, day(on), user.username()));
	}

	@PostMapping("/{id}/extension/approve")
	@PreAuthorize("hasAuthority('leader:approve')")
	String approveExtension(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已批准延期，办理期限已延长，延期告知书已生成。",
				() -> service.approveExtension(user, id, day(on)));
	}

	@PostMapping("/{id}/extension/refuse")
	@PreAuthorize("hasAuthority('leader:approve')")
	String refuseExtension(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已不同意延期，办理期限不变。", () -> service.refuseExtension(user, id, note, day(on)));
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize("hasAuthority('petition:handle')")
	String answer(@PathVariable long id, @RequestParam Outcome outcome, @RequestParam(defaultValue = "") String facts,
			@RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "") String basis,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deliveredOn,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "信访处理意见书已出具。", () -> service.answer(user.org(), id, outcome, facts, reasons,
				basis, day(issuedOn), deliveredOn == null ? day(issuedOn) : deliveredOn, user.username()));
	}

	@PostMapping("/{id}/review-request")
	@PreAuthorize("hasAuthority('petition:handle')")
	String reviewRequest(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录复查请求。", () -> service.recordReviewRequest(user.org(), id, day(on), user.username()));
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasAuthority('petition:handle')")
	String review(@PathVariable long id, @RequestParam(defaultValue = "") String result,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录复查意见。", () -> service.recordReview(user.org(), id, day(on), result, user.username()));
	}

	@PostMapping("/{id}/review-delivered")
	@PreAuthorize("hasAuthority('petition:handle')")
	String reviewDelivered(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已登记复查意见书送达日期，请求复核期限自次日起算。",
				() -> service.recordReviewDelivery(user.org(), id, day(on), user.username()));
	}

	@PostMapping("/{id}/recheck-request")
	@PreAuthorize("hasAuthority('petition:handle')")
	String recheckRequest(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录复核请求。", () -> service.recordRecheckRequest(user.org(), id, day(on), user.username()));
	}

	@PostMapping("/{id}/recheck")
	@PreAuthorize("hasAuthority('petition:handle')")
	String recheck(@PathVariable long id, @RequestParam(defaultValue = "") String result,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录复核意见。", () -> service.recordRecheck(user.org(), id, day(on), result, user.username()));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('petition:handle')")
	String close(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已办结归档。", () -> service.close(user.org(), id, day(on), user.username()));
	}

	@PostMapping("/{id}/duplicate")
	@PreAuthorize("hasAuthority('petition:handle')")
	String duplicate(@PathVariable long id, @RequestParam long of, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "已认定为重复信访。", () -> service.linkDuplicate(user.org(), id, of, user.username()));
	}

	@PostMapping("/{id}/supervise")
	@PreAuthorize("hasAuthority('supervise')")
	String supervise(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, on ? "已列为督办事项。" : "已撤销督办。",
				() -> service.supervise(user.org(), id, on, note, user.username()));
	}

}
