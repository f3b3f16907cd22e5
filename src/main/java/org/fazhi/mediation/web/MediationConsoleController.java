package org.fazhi.mediation.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fazhi.shared.shell.Today;
import org.fazhi.mediation.AgreementForm;
import org.fazhi.mediation.Dispute;
import org.fazhi.mediation.DisputeParty;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.DisputeStatus;
import org.fazhi.mediation.DisputeType;
import org.fazhi.mediation.MediationLedger;
import org.fazhi.mediation.MediationService;
import org.fazhi.mediation.MediationService.DisputeFilter;
import org.fazhi.mediation.MediationSession;
import org.fazhi.mediation.MediationStatistics;
import org.fazhi.mediation.PartyKind;
import org.fazhi.mediation.Performance;
import org.fazhi.mediation.RegisterDispute;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.shared.office.WordDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

@Controller
@RequestMapping("/console/mediation")
class MediationConsoleController {

	private static final int PAGE_SIZE = 20;

	private final MediationService mediation;

	private final MediationStatistics statistics;

	private final MediationLedger ledger;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final Today today;

	MediationConsoleController(MediationService mediation, MediationStatistics statistics, MediationLedger ledger,
			OrganizationService organization, MessageSource messages, Today today) {
		this.today = today;
		this.mediation = mediation;
		this.statistics = statistics;
		this.ledger = ledger;
		this.organization = organization;
		this.messages = messages;
	}

	record ListQuery(@Nullable Long org, @Nullable DisputeType type, @Nullable DisputeSource source,
			@Nullable DisputeStatus status, @Nullable String village, @Nullable Boolean risk,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer page,
			@Nullable Boolean handled) {

		DisputeFilter filter() {
			return new DisputeFilter(type, source, status, village, Boolean.TRUE.equals(risk), from, to,
					Boolean.TRUE.equals(handled));
		}

		int pageNumber() {
			return page == null ? 0 : page;
		}
	}

	record RegisterForm(@NotNull(message = "{mediation.form.type}") DisputeType type,
			@NotNull(message = "{mediation.form.source}") DisputeSource source,
			@Nullable Long villageId,
			@NotNull(message = "{mediation.form.received}") @PastOrPresent(message = "{mediation.form.received.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@NotBlank(message = "{mediation.summary.required}") @Size(max = 5000) String summary,
			@NotBlank(message = "{mediation.party.name}") @Size(max = 100) String party1Name,
			@Nullable PartyKind party1Kind, @Nullable String party1IdNumber, @Nullable String party1Phone,
			@Nullable String party2Name, @Nullable PartyKind party2Kind, @Nullable String party2IdNumber,
			@Nullable String party2Phone,
			@NotBlank(message = "{mediation.form.mediators}") @Size(max = 200) String mediators, @Nullable Boolean risk,
			@Nullable @Size(max = 500) String riskNote) {

		static RegisterForm empty(LocalDate today) {
			return new RegisterForm(DisputeType.NEIGHBOUR, DisputeSource.APPLICATION, null, today, "", "",
					PartyKind.PERSON, "", "", "", PartyKind.PERSON, "", "", "", false, "");
		}
	}

	/** The town whose records are shown: the user's own, or for district supervisors the one they chose. */
	private OrgId scope(@Nullable Long org, Staff user) {
		return organization.scopeFor(user, org);
	}

	private void towns(Staff user, OrgId scope, Model model) {
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", organization.townsReadableBy(user));
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('mediation:handle', 'district:read', 'leader:approve')")
	String list(@ModelAttribute("q") ListQuery q, @AuthenticationPrincipal Staff user, Model model) {
		OrgId org = scope(q.org(), user);
		var disputes = mediation.find(org, q.filter(), q.pageNumber(), PAGE_SIZE);
		model.addAttribute("disputes", disputes);
		model.addAttribute("due", mediation.conclusionClocks(disputes.getContent()));
		towns(user, org, model);
		model.addAttribute("villages", organization.villages(org));
		model.addAttribute("types", DisputeType.values());
		model.addAttribute("sources", DisputeSource.values());
		model.addAttribute("statuses", DisputeStatus.values());
		return "mediation/console/list";
	}

	@GetMapping("/ledger.xlsx")
	@PreAuthorize("hasAnyAuthority('mediation:handle', 'district:read')")
	ResponseEntity<byte[]> export(@ModelAttribute("q") ListQuery q, @AuthenticationPrincipal Staff user) {
		byte[] file = ledger.export(scope(q.org(), user), q.filter());
		return download(file, "矛盾纠纷排查调处台账.xlsx", Spreadsheets.CONTENT_TYPE);
	}

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String importForm(Model model) {
		model.addAttribute("headers", MediationLedger.HEADERS);
		return "mediation/console/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal Staff user, Model model)
			throws IOException {
		model.addAttribute("headers", MediationLedger.HEADERS);
		if (file.isEmpty()) {
			model.addAttribute("problem", "请选择要导入的 .xlsx 文件。");
			return "mediation/console/import";
		}
		try {
			model.addAttribute("result", ledger.importFile(user.org(), file.getInputStream(), user.username()));
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.text(messages));
		}
		return "mediation/console/import";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String newForm(@AuthenticationPrincipal Staff user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegisterForm.empty(today.date()));
		}
		return formPage(user, model);
	}

	private String formPage(Staff user, Model model) {
		model.addAttribute("villages", organization.villages(user.org()));
		model.addAttribute("types", DisputeType.values());
		model.addAttribute("sources", DisputeSource.values());
		model.addAttribute("kinds", PartyKind.values());
		return "mediation/console/new";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('mediation:handle')")
	String register(@Valid @ModelAttribute("form") RegisterForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model) {
		if (errors.hasErrors()) {
			return formPage(user, model);
		}
		try {
			var village = form.villageId() == null ? null
					: organization.village(java.util.Set.of(user.org()), form.villageId());
			List<RegisterDispute.Party> parties = new ArrayList<>();
			parties.add(party(form.party1Kind(), form.party1Name(), form.party1IdNumber(), form.party1Phone()));
			if (form.party2Name() != null && !form.party2Name().isBlank()) {
				parties.add(party(form.party2Kind(), form.party2Name(), form.party2IdNumber(), form.party2Phone()));
			}
			Dispute d = mediation.register(new RegisterDispute(user.org(), village == null ? null : village.id(),
					village == null ? "未注明" : village.name(), form.type(), form.source(), null, form.summary(),
					form.receivedOn(), Boolean.TRUE.equals(form.risk()), form.riskNote(), mediation.committee(user.org()), form.mediators(),
					parties), user.username());
			return "redirect:/console/mediation/" + d.id();
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.text(messages));
			return formPage(user, model);
		}
	}

	private static RegisterDispute.Party party(@Nullable PartyKind kind, String name, @Nullable String id,
			@Nullable String phone) {
		return new RegisterDispute.Party(kind == null ? PartyKind.PERSON : kind, name.trim(), blankToNull(id),
				blankToNull(phone), null);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('mediation:handle', 'district:read', 'leader:approve')")
	String record(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Dispute d = mediation.dispute(user.readableOrgs(), id);
		model.addAttribute("d", d);
		model.addAttribute("clock", mediation.confirmationClock(d));
		model.addAttribute("conclusion", mediation.conclusionClock(d));
		model.addAttribute("timeline", timeline(d));
		model.addAttribute("canHandle", user.can("mediation:handle") && d.org().equals(user.org()));
		model.addAttribute("forms", AgreementForm.values());
		model.addAttribute("performances", Performance.values());
		model.addAttribute("today", today.date());
		return "mediation/console/record";
	}

	record Step(LocalDate on, String what) {
	}

	private static List<Step> timeline(Dispute d) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(d.receivedOn(), "受理（" + d.source().label() + (d.sourceRef() == null ? "" : "，" + d.sourceRef())
				+ "），登记人 " + d.createdBy()));
		for (MediationSession s : d.sessions()) {
			steps.add(new Step(s.heldOn(), "调解：" + s.present() + "。" + s.record()));
		}
		if (d.concludedOn() != null) {
			String what = switch (d.status()) {
				case SUCCEEDED -> "调解成功，达成" + d.agreementForm().label() + "：" + d.agreementTerms();
				case FAILED -> "调解不成，已告知当事人：" + d.otherWays();
				case TERMINATED -> "终止调解：" + d.terminationReason();
				default -> "";
			};
			steps.add(new Step(d.concludedOn(), what));
		}
		steps.sort(Comparator.comparing(Step::on));
		return steps;
	}

	@PostMapping("/{id}/parties/{party}/unmask")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String unmask(@PathVariable long id, @PathVariable long party, @AuthenticationPrincipal Staff user, Model model) {
		DisputeParty p = mediation.unmask(java.util.Set.of(user.org()), id, party);
		model.addAttribute("unmasked", p);
		return record(id, user, model);
	}

	@GetMapping("/{id}/agreement.docx")
	@PreAuthorize("hasAuthority('mediation:handle')")
	ResponseEntity<byte[]> agreement(@PathVariable long id, @AuthenticationPrincipal Staff user) {
		byte[] file = mediation.agreementDocument(java.util.Set.of(user.org()), id);
		return download(file, "人民调解协议书.docx", WordDocument.CONTENT_TYPE);
	}

	@PostMapping("/{id}/session")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String session(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam String present, @RequestParam String record, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "调解记录已保存。",
				() -> mediation.recordSession(user.org(), id, heldOn, present, record, user.username()));
	}

	@PostMapping("/{id}/succeed")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String succeed(@PathVariable long id, @RequestParam AgreementForm form, @RequestParam String facts,
			@RequestParam String terms,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录调解成功，并提醒在30日内申请司法确认。",
				() -> mediation.succeed(user.org(), id, form, facts, terms, effectiveOn));
	}

	@PostMapping("/{id}/fail")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String fail(@PathVariable long id, @RequestParam String otherWays,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录调解不成。", () -> mediation.fail(user.org(), id, otherWays, on));
	}

	@PostMapping("/{id}/terminate")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String terminate(@PathVariable long id, @RequestParam String reason,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已终止调解。", () -> mediation.terminate(user.org(), id, reason, on));
	}

	@PostMapping("/{id}/risk")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String risk(@PathVariable long id, @RequestParam String note, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "已标记为可能激化，并通知镇领导。", () -> mediation.flagRisk(user.org(), id, note));
	}

	@PostMapping("/{id}/performance")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String performance(@PathVariable long id, @RequestParam Performance outcome, @RequestParam String note,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "履行情况已记录。", () -> mediation.recordPerformance(user.org(), id, outcome, note));
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String confirmation(@PathVariable long id, @RequestParam String note,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "司法确认情况已记录。", () -> mediation.closeConfirmation(user.org(), id, on, note));
	}

	@GetMapping("/screening")
	@PreAuthorize("hasAnyAuthority('mediation:handle', 'district:read')")
	String screening(@RequestParam(required = false) @Nullable String period, @RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user, Model model) {
		YearMonth p = parsePeriod(period);
		OrgId scope = scope(org, user);
		var rows = mediation.screening(scope, p);
		model.addAttribute("period", p);
		model.addAttribute("periodLabel", p.getYear() + "年" + p.getMonthValue() + "月");
		model.addAttribute("rows", rows);
		model.addAttribute("missing", rows.stream().filter(MediationService.ScreeningStatus::missing).count());
		model.addAttribute("canHandle", user.can("mediation:handle") && scope.equals(user.org()));
		towns(user, scope, model);
		return "mediation/console/screening";
	}

	@PostMapping("/screening")
	@PreAuthorize("hasAuthority('mediation:handle')")
	String report(@RequestParam String period, @RequestParam long villageId, @RequestParam(defaultValue = "0") int found,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		YearMonth p = parsePeriod(period);
		try {
			mediation.report(user.org(), villageId, p, found, note.isBlank() ? null : note, today.date(),
					user.username());
			redirect.addFlashAttribute("notice", found == 0 ? "零报告已登记。" : "排查情况已登记。");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:/console/mediation/screening?period=" + p;
	}

	private YearMonth parsePeriod(@Nullable String period) {
		try {
			return period == null || period.isBlank() ? today.month() : YearMonth.parse(period);
		}
		catch (RuntimeException e) {
			return today.month();
		}
	}

	@GetMapping("/statistics")
	@PreAuthorize("hasAnyAuthority('mediation:handle', 'district:read', 'leader:approve')")
	String statistics(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user, Model model) {
		int y = year == null ? today.year() : Math.max(2000, Math.min(2100, year));
		OrgId scope = scope(org, user);
		model.addAttribute("year", y);
		towns(user, scope, model);
		var report = statistics.year(scope, y);
		model.addAttribute("report", report);
		// every figure is a query: each links to the list of the disputes it counts (architecture: reports)
		String all = listLink(scope, report.from(), report.to(), null, null);
		model.addAttribute("totalLink", all);
		model.addAttribute("parts", List.of(
				new Part("按纠纷类型", rows(report.byType(), f -> listLink(scope, report.from(), report.to(), "type",
						java.util.Arrays.stream(DisputeType.values()).filter(t -> t.label().equals(f.label()))
							.findFirst().map(Enum::name).orElse(null)))),
				new Part("按村（社区）", rows(report.byVillage(),
						f -> listLink(scope, report.from(), report.to(), "village", f.label()))),
				new Part("按纠纷来源", rows(report.bySource(), f -> listLink(scope, report.from(), report.to(), "source",
						java.util.Arrays.stream(DisputeSource.values()).filter(t -> t.label().equals(f.label()))
							.findFirst().map(Enum::name).orElse(null)))),
				new Part("按月份", rows(report.byMonth(), f -> {
					java.time.YearMonth m = java.time.YearMonth.parse(f.label());
					return listLink(scope, m.atDay(1), m.atEndOfMonth(), null, null);
				}))));
		model.addAttribute("handlingFormula", MediationStatistics.HANDLING_FORMULA);
		model.addAttribute("successFormula", MediationStatistics.SUCCESS_FORMULA);
		return "mediation/console/statistics";
	}

	record Part(String title, List<Row> rows) {
	}

	/** A line of figures and the list (a query) its disputes come from; the page adds the outcome filter. */
	record Row(MediationStatistics.Figures f, String href) {
	}

	private static List<Row> rows(List<MediationStatistics.Figures> figures,
			java.util.function.Function<MediationStatistics.Figures, String> link) {
		return figures.stream().map(f -> new Row(f, link.apply(f))).toList();
	}

	/** /console/mediation for the town and the receipt dates, narrowed by one group (type, village or source). */
	static String listLink(OrgId town, LocalDate from, LocalDate to, @Nullable String param, @Nullable String value) {
		var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/console/mediation")
			.queryParam("org", town.value())
			.queryParam("from", from)
			.queryParam("to", to);
		if (param != null && value != null) {
			uri.queryParam(param, value);
		}
		return uri.encode().build().toUriString();
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:/console/mediation/" + id;
	}


	static ResponseEntity<byte[]> download(byte[] file, String name, String type) {
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + encoded)
			.contentType(MediaType.parseMediaType(type))
			.body(file);
	}
}
