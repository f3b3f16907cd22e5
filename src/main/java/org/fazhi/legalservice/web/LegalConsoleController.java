package org.fazhi.legalservice.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.fazhi.shared.shell.Today;
import org.fazhi.legalservice.AskQuestion;
import org.fazhi.legalservice.Channel;
import org.fazhi.legalservice.Consultation;
import org.fazhi.legalservice.ConsultationService;
import org.fazhi.legalservice.LegalServiceExports;
import org.fazhi.legalservice.LegalServiceStatistics;
import org.fazhi.legalservice.NavigatorRecord;
import org.fazhi.legalservice.Referral;
import org.fazhi.legalservice.RosterService;
import org.fazhi.legalservice.Topic;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.office.Spreadsheets;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/console/legal")
class LegalConsoleController {

	private final ConsultationService consultations;

	private final RosterService rosters;

	private final LegalServiceStatistics statistics;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final LegalServiceExports exports;

	private final Today today;

	LegalConsoleController(ConsultationService consultations, RosterService rosters, LegalServiceStatistics statistics,
			OrganizationService organization, MessageSource messages, LegalServiceExports exports, Today today) {
		this.today = today;
		this.exports = exports;
		this.consultations = consultations;
		this.rosters = rosters;
		this.statistics = statistics;
		this.organization = organization;
		this.messages = messages;
	}

	/** The town whose records are shown: the user's own, or for district supervisors the one they chose. */
	private OrgId scope(@Nullable Long org, Staff user) {
		return organization.scopeFor(user, org);
	}

	private void towns(Staff user, OrgId scope, Model model) {
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", organization.townsReadableBy(user));
	}

	@GetMapping("/consultations")
	@PreAuthorize("hasAnyAuthority('legalservice:handle', 'district:read')")
	String list(@RequestParam(required = false) @Nullable Long org, @RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable Topic topic, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Staff user, Model model) {
		OrgId scope = scope(org, user);
		towns(user, scope, model);
		model.addAttribute("items", consultations.find(scope, channel, topic, open, page, 20));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("channel", channel);
		model.addAttribute("topic", topic);
		model.addAttribute("open", open);
		return "legalservice/console/consultations";
	}

	/** The list as .xlsx with the same filters as the page (all pages, not only the one shown). */
	@GetMapping("/consultations.xlsx")
	@PreAuthorize("hasAnyAuthority('legalservice:handle', 'district:read')")
	ResponseEntity<byte[]> exportConsultations(@RequestParam(required = false) @Nullable Long org,
			@RequestParam(required = false) @Nullable Channel channel, @RequestParam(required = false) @Nullable Topic topic,
			@RequestParam(defaultValue = "false") boolean open, @AuthenticationPrincipal Staff user) {
		return xlsx(exports.consultations(scope(org, user), channel, topic, open), "法律咨询登记表.xlsx");
	}

	@GetMapping("/navigators.xlsx")
	@PreAuthorize("hasAnyAuthority('legalservice:handle', 'district:read')")
	ResponseEntity<byte[]> exportNavigators(@RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user) {
		return xlsx(exports.navigators(scope(org, user)), "法律明白人名册.xlsx");
	}

	@GetMapping("/advisors.xlsx")
	@PreAuthorize("hasAnyAuthority('legalservice:handle', 'district:read')")
	ResponseEntity<byte[]> exportAdvisors(@RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user) {
		return xlsx(exports.advisors(scope(org, user)), "法律顾问名册.xlsx");
	}

	private static ResponseEntity<byte[]> xlsx(byte[] file, String name) {
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + encoded)
			.contentType(MediaType.parseMediaType(Spreadsheets.CONTENT_TYPE))
			.body(file);
	}

	@GetMapping("/consultations/new")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String newForm(@AuthenticationPrincipal Staff user, Model model) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("villages", organization.villages(user.org()));
		model.addAttribute("today", today.date());
		return "legalservice/console/new";
	}

	@PostMapping("/consultations")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String log(@RequestParam Channel channel, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate askedOn,
			@RequestParam String name, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String village, @RequestParam Topic topic, @RequestParam String question,
			@RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		if (channel == Channel.ONLINE) {
			channel = Channel.WALK_IN; // online questions come only through the portal and the API
		}
		try {
			Consultation c = consultations.ask(new AskQuestion(user.org(), channel, askedOn, name.trim(),
					phone.isBlank() ? null : phone.trim(), village.isBlank() ? null : village, topic, question.trim(),
					null), user.username());
			if (!answer.isBlank()) {
				consultations.answer(user.org(), c.id(), answer, user.username());
			}
			redirect.addFlashAttribute("notice", "咨询已登记。");
			return "redirect:/console/legal/consultations/" + c.id();
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
			return "redirect:/console/legal/consultations/new";
		}
	}

	@GetMapping("/consultations/{id}")
	@PreAuthorize("hasAnyAuthority('legalservice:handle', 'district:read')")
	String record(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Consultation c = consultations.consultation(user.readableOrgs(), id);
		model.addAttribute("c", c);
		model.addAttribute("canHandle", user.can("legalservice:handle") && c.org().equals(user.org()));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("referrals", java.util.Arrays.stream(Referral.values()).filter(r -> r != Referral.NONE).toList());
		return "legalservice/console/consultation";
	}

	@PostMapping("/consultations/{id}/answer")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String answer(@PathVariable long id, @RequestParam String answer, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act("/console/legal/consultations/" + id, redirect, "答复已保存，咨询人可在查询办理进度中查看。",
				() -> consultations.answer(user.org(), id, answer, user.username()));
	}

	@PostMapping("/consultations/{id}/topic")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String refile(@PathVariable long id, @RequestParam Topic topic, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act("/console/legal/consultations/" + id, redirect, "已改为“" + topic.label() + "”类。",
				() -> consultations.refile(user.org(), id, topic, user.username()));
	}

	@PostMapping("/consultations/{id}/refer")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String refer(@PathVariable long id, @RequestParam Referral to, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act("/console/legal/consultations/" + id, redirect,
				to == Referral.MEDIATION ? "已转人民调解，纠纷已登记。" : "转介已记录。",
				() -> consultations.refer(user.org(), id, to, today.date(), user.username()));
	}

	@GetMapping("/rosters")
	@PreAuthorize("hasAnyAuthority('legalservice:handle', 'district:read')")
	String rosters(@RequestParam(required = false) @Nullable Long org, @AuthenticationPrincipal Staff user, Model model) {
		OrgId scope = scope(org, user);
		LocalDate today = this.today.date();
		towns(user, scope, model);
		model.addAttribute("duty", rosters.duty(scope));
		model.addAttribute("navigators", rosters.navigators(scope));
		model.addAttribute("advisors", rosters.advisors(scope));
		model.addAttribute("renewals", rosters.renewalsDue(scope, today));
		model.addAttribute("noticeDays", rosters.renewalNoticeDays());
		model.addAttribute("villages", organization.villages(scope));
		model.addAttribute("days", java.util.Arrays.stream(DayOfWeek.values())
			.map(d -> new DayOption(d, d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.SIMPLIFIED_CHINESE)))
			.toList());
		model.addAttribute("kinds", NavigatorRecord.Kind.values());
		model.addAttribute("today", today);
		model.addAttribute("canHandle", user.can("legalservice:handle") && scope.equals(user.org()));
		return "legalservice/console/rosters";
	}

	@PostMapping("/duty")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String addDuty(@RequestParam DayOfWeek weekday, @RequestParam String lawyer, @RequestParam String firm,
			@RequestParam(defaultValue = "") String hours, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act("/console/legal/rosters", redirect, "值班表已更新。",
				() -> rosters.addDuty(user.org(), weekday, lawyer, firm, hours));
	}

	@PostMapping("/duty/{id}/delete")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String removeDuty(@PathVariable long id, @AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act("/console/legal/rosters", redirect, "值班安排已删除。", () -> rosters.removeDuty(user.org(), id));
	}

	@PostMapping("/navigators")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String addNavigator(@RequestParam long villageId, @RequestParam String name, @RequestParam(defaultValue = "") String phone,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selectedOn,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act("/console/legal/rosters", redirect, "法律明白人已登记。",
				() -> rosters.addNavigator(user.org(), villageId, name, phone.isBlank() ? null : phone, selectedOn));
	}

	@PostMapping("/navigators/{id}/records")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String addRecord(@PathVariable long id, @RequestParam NavigatorRecord.Kind kind,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, @RequestParam String title,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act("/console/legal/rosters", redirect, "培训或活动已记录。",
				() -> rosters.addNavigatorRecord(user.org(), id, kind, heldOn, title));
	}

	@PostMapping("/advisors")
	@PreAuthorize("hasAuthority('legalservice:handle')")
	String addAdvisor(@RequestParam String firm, @RequestParam String lawyers,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termTo,
			@RequestParam(required = false) @Nullable Long renewedFrom, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act("/console/legal/rosters", redirect, "法律顾问已登记。",
				() -> rosters.addAdvisor(user.org(), firm, lawyers, termFrom, termTo, renewedFrom));
	}

	@GetMapping("/statistics")
	@PreAuthorize("hasAnyAuthority('legalservice:handle', 'district:read')")
	String statistics(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user, Model model) {
		int y = year == null ? today.year() : Math.max(2000, Math.min(2100, year));
		OrgId scope = scope(org, user);
		model.addAttribute("year", y);
		towns(user, scope, model);
		model.addAttribute("report", statistics.year(scope, y));
		return "legalservice/console/statistics";
	}

	record DayOption(DayOfWeek value, String label) {
	}

	private String act(String back, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:" + back;
	}


}
