package org.fazhi.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.fazhi.shared.shell.Problems;
import org.fazhi.calendar.ClockRules;
import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.WorkdayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/calendar/deadline}: the same computation, and the same explanation, as staff see. */
@RestController
class DeadlineApiController {

	private final WorkdayCalendar calendar;

	private final ClockRules rules;

	private final MessageSource messages;

	DeadlineApiController(WorkdayCalendar calendar, ClockRules rules, MessageSource messages) {
		this.calendar = calendar;
		this.rules = rules;
		this.messages = messages;
	}

	/** A day that did not count (or a 调休 weekend that did), as the API shows it. */
	record SkippedJson(String date, String kind, String kindLabel, @Nullable String holiday) {
	}

	record DeadlineJson(String start, int n, String unit, @Nullable String rule, String ruleName, String legalBasis,
			String due, String dueWeekday, boolean provisional, @Nullable Integer provisionalYear,
			List<SkippedJson> skipped, List<String> explanation) {
	}

	@GetMapping(path = "/api/v1/calendar/deadline", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> deadline(@RequestParam(required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String n, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String rule, HttpServletRequest request) {
		DeadlineQuery.Outcome outcome = new DeadlineQuery(start, n, unit, rule).answer(calendar, rules);
		if (!outcome.problems().isEmpty()) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求参数有误，请按提示修改。", request);
			problem.setProperty("errors", outcome.problems().stream()
				.map(p -> Map.of("field", p.field(), "message", text(p.key(), p.args())))
				.toList());
			return problem(problem);
		}
		Deadline d = outcome.deadline();
		if (d.dueOn() == null) {
			ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT,
					text("calendar.year.missing", new Object[] { d.missingYear() }), request);
			problem.setProperty("missingYear", d.missingYear());
			return problem(problem);
		}
		LocalDate due = d.dueOn();
		return ResponseEntity.ok(new DeadlineJson(d.start().toString(), d.rule().period().amount(),
				d.rule().period().unit().name(), rule == null || rule.isBlank() ? null : d.rule().code(),
				d.rule().name(), d.rule().legalBasis(), due.toString(), CalculatorController.weekday(due),
				d.provisional(), d.provisional() ? d.missingYear() : null, d.skipped().stream()
					.map(s -> new SkippedJson(s.date().toString(), s.kind().name(), s.kind().label(), s.holiday()))
					.toList(),
				d.explanation()));
	}

	private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
