package org.fazhi.inforequest.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.fazhi.shared.shell.Today;
import org.fazhi.calendar.ClockView;
import org.fazhi.inforequest.Channel;
import org.fazhi.inforequest.DeliveryWay;
import org.fazhi.inforequest.IdType;
import org.fazhi.inforequest.InfoForm;
import org.fazhi.inforequest.InfoRequest;
import org.fazhi.inforequest.InfoRequestService;
import org.fazhi.inforequest.ReplyLetter;
import org.fazhi.inforequest.ReplyResult;
import org.fazhi.inforequest.Status;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.shared.office.WordDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's work on requests: list, registration of paper requests, the record page and its actions. */
@Controller
@RequestMapping("/console/inforequests")
class InfoRequestConsoleController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final int PAGE_SIZE = 20;

	private final InfoRequestService service;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final Today today;

	InfoRequestConsoleController(InfoRequestService service, OrganizationService organization,
			MessageSource messages, Today today) {
		this.today = today;
		this.service = service;
		this.organization = organization;
		this.messages = messages;
	}

	/** A list row: the record and its reply clock (light, due date). */
	record Row(InfoRequest request, ClockView clock) {
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'district:read', 'leader:approve')")
	String list(@RequestParam(required = false) @Nullable Long org, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal Staff user, Model model) {
		OrgId scope = scope(org, user);
		InfoRequestService.Filter filter = filter(status, q, from, to, model);
		Page<InfoRequest> result = service.search(scope, filter, page, PAGE_SIZE);
		model.addAttribute("rows", result.getContent().stream().map(r -> new Row(r, service.replyClock(r))).toList());
		model.addAttribute("page", result);
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", organization.townsReadableBy(user));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "inforequest/console/list";
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'district:read', 'leader:approve')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Long org,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@AuthenticationPrincipal Staff user, Model model) {
		OrgId scope = scope(org, user);
		List<List<?>> rows = new ArrayList<>();
		for (InfoRequest r : service.search(scope, filter(status, q, from, to, model), 0, 10_000)) {
			ClockView c = service.replyClock(r);
			rows.add(List.of(r.trackingNumber().value(), r.receivedOn().toString(), r.channel().label(),
					r.applicantType().label(), r.maskedName(), r.description(), r.status().label(),
					c.dueOn() == null ? "" : c.dueOn().toString(), c.state().urgency().label(),
					r.result() == null ? "" : r.result().label(), r.repliedOn() == null ? "" : r.repliedOn().toString()));
		}
		byte[] xlsx = Spreadsheets.ledger("政府信息公开申请台账", "依申请公开", List.of("受理编号", "收到申请之日", "渠道", "申请人类型", "申请人", "所需信息",
				"状态", "答复期限", "期限状态", "答复结果", "答复日期"), rows);
		return download(xlsx, "依申请公开台账.xlsx", Spreadsheets.CONTENT_TYPE);
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String newRequest(Model model) {
		model.addAttribute("form", IntakeFields.empty());
		model.addAttribute("channel", "IN_PERSON");
		model.addAttribute("receivedOn", today.date().toString());
		return prepareNew(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String register(@ModelAttribute("form") IntakeFields form, BindingResult errors,
			@RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String receivedOn,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		model.addAttribute("channel", channel);
		model.addAttribute("receivedOn", receivedOn);
		form.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
		Channel ch = null;
		try {
			ch = Channel.valueOf(channel);
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("channelError", text("inforequest.channel.required"));
		}
		LocalDate day = parse(receivedOn);
		if (day == null) {
			model.addAttribute("dateError", text("inforequest.date.required"));
		}
		if (errors.hasErrors() || ch == null || day == null) {
			return prepareNew(model);
		}
		try {
			InfoRequest r = service.register(user, form.toIntake(), ch, day);
			redirect.addFlashAttribute("notice", "已登记，受理编号 " + r.trackingNumber() + "，查询码 " + r.queryCode()
					+ "。请将受理编号和查询码告知申请人。");
			return "redirect:/console/inforequests/" + r.id();
		}
		catch (RuleViolation e) {
			model.addAttribute("dateError", e.text(messages));
			return prepareNew(model);
		}
	}

	private String prepareNew(Model model) {
		model.addAttribute("channels", java.util.Arrays.stream(Channel.values()).filter(Channel::staffRegistered).toList());
		model.addAttribute("orgKinds", java.util.Arrays.stream(org.fazhi.inforequest.ApplicantType.values())
			.filter(org.fazhi.inforequest.ApplicantType::isOrganization).toList());
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("forms", InfoForm.values());
		model.addAttribute("deliveries", DeliveryWay.values());
		return "inforequest/console/new";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'district:read', 'leader:approve')")
	String show(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		InfoRequest r = service.get(user, id);
		model.addAttribute("r", r);
		model.addAttribute("reply", service.replyClock(r));
		model.addAttribute("clocks", service.clocksOf(r));
		model.addAttribute("timeline", service.timeline(r));
		model.addAttribute("results", ReplyResult.values());
		model.addAttribute("deliveries", DeliveryWay.values());
		model.addAttribute("today", today.date().toString());
		boolean handle = user.can("inforequest:handle") && user.org().equals(r.org());
		model.addAttribute("canHandle", handle);
		model.addAttribute("canExtend", user.can("leader:approve") && user.org().equals(r.org())
				&& r.status().isOpen() && r.extendedOn() == null);
		ClockView correction = service.clocksOf(r).stream()
			.filter(c -> c.rule().code().equals("inforequest.correction-notice"))
			.findFirst().orElse(null);
		model.addAttribute("correctionOpen", correction != null && correction.completedOn() == null);
		return "inforequest/console/record";
	}

	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String reveal(@PathVariable long id, @AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revealed", service.revealApplicant(user, id));
		return "redirect:/console/inforequests/" + id;
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String complete(@PathVariable long id, @RequestParam(defaultValue = "") String on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已确认申请内容明确，无需补正。", () -> service.confirmComplete(user, id, date(on)));
	}

	@PostMapping("/{id}/correction")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String correction(@PathVariable long id, @RequestParam(defaultValue = "") String on,
			@RequestParam(defaultValue = "") String items, @RequestParam(defaultValue = "") String replyBy,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录补正告知，答复期限暂停计算。",
				() -> service.askForCorrection(user, id, date(on), items, date(replyBy)));
	}

	@PostMapping("/{id}/corrected")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String corrected(@PathVariable long id, @RequestParam(defaultValue = "") String on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已记录收到补正，答复期限重新计算。", () -> service.corrected(user, id, date(on)));
	}

	@PostMapping("/{id}/withdrawn")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String withdrawn(@PathVariable long id, @RequestParam(defaultValue = "") String on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已按逾期不补正处理。", () -> service.treatAsWithdrawn(user, id, date(on)));
	}

	@PostMapping("/{id}/consult")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String consult(@PathVariable long id, @RequestParam(defaultValue = "") String on,
			@RequestParam(defaultValue = "") String party, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "已记录征求第三方意见，答复期限暂停计算。",
				() -> service.consultThirdParty(user, id, date(on), party));
	}

	@PostMapping("/{id}/consulted")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String consulted(@PathVariable long id, @RequestParam(defaultValue = "") String on,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(id, redirect, "已恢复计算答复期限。", () -> service.consultationEnded(user, id, date(on)));
	}

	@PostMapping("/{id}/extend")
	@PreAuthorize("hasAuthority('leader:approve')")
	String extend(@PathVariable long id, @RequestParam(defaultValue = "20") String days,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String on,
			@RequestParam(defaultValue = "") String toldOn, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "已同意延长答复期限。", () -> {
			int n;
			try {
				n = Integer.parseInt(days.strip());
			}
			catch (NumberFormatException e) {
				throw new RuleViolation("inforequest.extension.days");
			}
			if (n < 1 || n > 20) {
				throw new RuleViolation("inforequest.extension.days");
			}
			return service.extend(user, id, n, reason, date(on), date(toldOn));
		});
	}

	@PostMapping("/{id}/fee")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String fee(@PathVariable long id, @RequestParam(defaultValue = "") String on,
			@RequestParam(defaultValue = "") String amount, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "已记录信息处理费缴费通知。", () -> {
			BigDecimal value;
			try {
				value = new BigDecimal(amount.strip());
			}
			catch (NumberFormatException e) {
				throw new RuleViolation("inforequest.fee.positive");
			}
			return service.noticeFee(user, id, date(on), value);
		});
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String result,
			@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String publishedRef, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "已记录答复，可下载答复告知书。", () -> {
			ReplyResult chosen;
			try {
				chosen = ReplyResult.valueOf(result);
			}
			catch (IllegalArgumentException e) {
				throw new RuleViolation("inforequest.reply.result");
			}
			return service.reply(user, id, chosen, date(on), text, publishedRef);
		});
	}

	@PostMapping("/{id}/deliver")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String deliver(@PathVariable long id, @RequestParam(defaultValue = "") String way,
			@RequestParam(defaultValue = "") String on, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(id, redirect, "已记录送达。", () -> {
			DeliveryWay w;
			try {
				w = DeliveryWay.valueOf(way);
			}
			catch (IllegalArgumentException e) {
				throw new RuleViolation("inforequest.delivery.required");
			}
			return service.deliver(user, id, w, date(on));
		});
	}

	@GetMapping("/{id}/letter.docx")
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'district:read', 'leader:approve')")
	ResponseEntity<byte[]> letter(@PathVariable long id, @AuthenticationPrincipal Staff user) {
		InfoRequest r = service.get(user, id);
		return download(ReplyLetter.of(r, organization.org(r.org()).fullName()), ReplyLetter.fileName(r),
				WordDocument.CONTENT_TYPE);
	}

	private String act(long id, RedirectAttributes redirect, String done, Supplier<InfoRequest> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:/console/inforequests/" + id;
	}

	private OrgId scope(@Nullable Long org, Staff user) {
		return organization.scopeFor(user, org);
	}

	private InfoRequestService.Filter filter(String status, String q, String from, String to, Model model) {
		Status s = null;
		boolean open = false;
		if ("OPEN_ANY".equals(status)) {
			open = true;
		}
		else if (!status.isBlank()) {
			try {
				s = Status.valueOf(status);
			}
			catch (IllegalArgumentException e) {
				model.addAttribute("problem", "办理状态无效，已显示全部。");
			}
		}
		LocalDate f = parse(from);
		LocalDate t = parse(to);
		if ((!from.isBlank() && f == null) || (!to.isBlank() && t == null)) {
			model.addAttribute("problem", "日期格式应为 2024-03-28，已忽略无效的日期。");
		}
		return new InfoRequestService.Filter(s, open, q.length() > 100 ? q.substring(0, 100) : q, f, t);
	}

	/** A date from a form; a missing or malformed one is a rule refusal with a zh-CN message. */
	private static LocalDate date(String text) {
		LocalDate d = parse(text);
		if (d == null) {
			throw new RuleViolation("inforequest.date.required");
		}
		return d;
	}

	private static @Nullable LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Spreadsheets.date(text.strip());
		}
		catch (RuleViolation e) {
			return null;
		}
	}


	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	static ResponseEntity<byte[]> download(byte[] body, String fileName, String contentType) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(contentType))
			.body(body);
	}
}
