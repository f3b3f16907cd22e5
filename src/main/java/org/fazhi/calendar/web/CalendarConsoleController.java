package org.fazhi.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.calendar.CalendarNotices;
import org.fazhi.calendar.ClockRule;
import org.fazhi.calendar.ClockRuleEditing;
import org.fazhi.calendar.ClockRules;
import org.fazhi.calendar.HolidayNotice;
import org.fazhi.calendar.WorkdayCalendar;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * The working-day calendar and the clock rules for administrators. The calendar is national (State Council
 * notices) and the rules are statutory, so neither belongs to a town: there is no org scope here, only the
 * permission (calendar:manage to change, district:read to look).
 */
@Controller
@RequestMapping("/console/calendar")
class CalendarConsoleController {

	private static final String READ = "hasAnyAuthority('calendar:manage', 'district:read')";

	private static final String MANAGE = "hasAuthority('calendar:manage')";

	/** A row of the year list: the revision in force of one year. */
	public record YearRow(int year, int revision, String source, String enteredBy, java.time.Instant enteredAt) {
	}

	private final CalendarNotices notices;

	private final WorkdayCalendar calendar;

	private final ClockRules rules;

	private final ClockRuleEditing ruleEditing;

	private final MessageSource messages;

	CalendarConsoleController(CalendarNotices notices, WorkdayCalendar calendar, ClockRules rules,
			ClockRuleEditing ruleEditing, MessageSource messages) {
		this.notices = notices;
		this.calendar = calendar;
		this.rules = rules;
		this.ruleEditing = ruleEditing;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(READ)
	String years(Model model) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		model.addAttribute("years", notices.currentRevisions().stream()
			.map(r -> new YearRow(r.year(), r.revision(), CalendarNotices.parseJson(r.json()).source(), r.enteredBy(),
					r.enteredAt()))
			.toList());
		model.addAttribute("nextYear", today.getYear() + 1);
		model.addAttribute("nextYearMissing", notices.nextYearMissing(today));
		return "calendar/console/years";
	}

	@GetMapping("/open")
	@PreAuthorize(READ)
	String open(@RequestParam(required = false) @Nullable String year) {
		try {
			return "redirect:/console/calendar/" + checkedYear(Integer.parseInt(year == null ? "" : year.trim()));
		}
		catch (NumberFormatException | NotFound e) {
			return "redirect:/console/calendar?badYear";
		}
	}

	@GetMapping("/{year:20[0-9][0-9]}")
	@PreAuthorize(READ)
	String year(@PathVariable int year, Model model) {
		checkedYear(year);
		NoticeForm form = notices.notice(year).map(NoticeForm::of).orElseGet(NoticeForm::empty);
		return yearPage(year, form, "", model);
	}

	/** The notice in force as a JSON file in the import shape: to check it, or to correct and import it again. */
	@GetMapping("/{year:20[0-9][0-9]}/json")
	@PreAuthorize(READ)
	org.springframework.http.ResponseEntity<byte[]> download(@PathVariable int year) {
		HolidayNotice notice = notices.notice(checkedYear(year)).orElseThrow(() -> new NotFound("calendar year " + year));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(year + ".json").build().toString())
			.body(CalendarNotices.toJson(notice).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/{year:20[0-9][0-9]}")
	@PreAuthorize(MANAGE)
	String enter(@PathVariable int year, @ModelAttribute("form") NoticeForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		checkedYear(year);
		HolidayNotice notice = form.toNotice(year, errors);
		if (errors.hasErrors()) {
			form.padded();
			return yearPage(year, form, "", model);
		}
		try {
			CalendarNotices.Saved saved = notices.enter(notice, who(user), form.getReason());
			redirect.addFlashAttribute("notice", text("calendar.saved", year, saved.revision(), saved.moved()));
			return "redirect:/console/calendar/" + year;
		}
		catch (RuleViolation e) {
			errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			model.addAttribute("problem", e.text(messages));
			form.padded();
			return yearPage(year, form, "", model);
		}
	}

	@PostMapping("/{year:20[0-9][0-9]}/import")
	@PreAuthorize(MANAGE)
	String importJson(@PathVariable int year, @RequestParam(defaultValue = "") String json,
			@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		checkedYear(year);
		String text = json;
		try {
			if (file != null && !file.isEmpty()) {
				text = new String(file.getBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			return importProblem(year, json, reason, text("calendar.import.unreadable"), model);
		}
		if (text.isBlank()) {
			return importProblem(year, json, reason, text("calendar.import.empty"), model);
		}
		if (reason.isBlank()) {
			return importProblem(year, text, reason, text("calendar.notice.reason"), model);
		}
		try {
			HolidayNotice notice = CalendarNotices.parseJson(text);
			if (notice.year() != year) {
				return importProblem(year, text, reason, text("calendar.import.year", notice.year(), year), model);
			}
			CalendarNotices.Saved saved = notices.enter(notice, who(user), reason);
			redirect.addFlashAttribute("notice", text("calendar.saved", year, saved.revision(), saved.moved()));
			return "redirect:/console/calendar/" + year;
		}
		catch (RuleViolation e) {
			return importProblem(year, text, reason, e.text(messages), model);
		}
	}

	@GetMapping("/rules")
	@PreAuthorize(READ)
	String rules(Model model) {
		model.addAttribute("rules", rules.all());
		return "calendar/console/rules";
	}

	@GetMapping("/rules/{code}")
	@PreAuthorize(READ)
	String rule(@PathVariable String code, Model model) {
		ClockRule rule = rules.get(code);
		return rulePage(rule, RuleForm.of(rule), model);
	}

	@PostMapping("/rules/{code}")
	@PreAuthorize(MANAGE)
	String saveRule(@PathVariable String code, @ModelAttribute("form") RuleForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		ClockRule current = rules.get(code);
		ClockRule edited = form.toRule(code, errors);
		if (errors.hasErrors() || edited == null) {
			return rulePage(current, form, model);
		}
		try {
			ClockRuleEditing.Saved saved = ruleEditing.save(edited, who(user), form.getReason());
			redirect.addFlashAttribute("notice", text("calendar.rule.saved", saved.rule().name(), saved.moved()));
			return "redirect:/console/calendar/rules/" + code;
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.text(messages));
			return rulePage(current, form, model);
		}
	}

	private String rulePage(ClockRule rule, RuleForm form, Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("form", form);
		model.addAttribute("history", rules.history(rule.code()));
		return "calendar/console/rule";
	}

	private String importProblem(int year, String json, String reason, String problem, Model model) {
		model.addAttribute("problem", problem);
		NoticeForm form = notices.notice(year).map(NoticeForm::of).orElseGet(NoticeForm::empty);
		model.addAttribute("importReason", reason);
		return yearPage(year, form, json, model);
	}

	private String yearPage(int year, NoticeForm form, String json, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("entered", notices.notice(year).isPresent());
		model.addAttribute("months", MonthGrid.year(year, calendar));
		model.addAttribute("history", notices.history(year));
		model.addAttribute("form", form);
		model.addAttribute("json", json.isBlank() ? "" : json);
		model.addAttribute("example", notices.notice(year - 1).map(CalendarNotices::toJson).orElse(""));
		if (!model.containsAttribute("importReason")) {
			model.addAttribute("importReason", "");
		}
		return "calendar/console/year";
	}

	/** Years a State Council notice can be about; anything else is not a page. */
	private static int checkedYear(int year) {
		if (year < 2000 || year > 2099) {
			throw new NotFound("calendar year " + year);
		}
		return year;
	}

	private static String who(Staff user) {
		return user.displayName() + "（" + user.username() + "）";
	}


	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
