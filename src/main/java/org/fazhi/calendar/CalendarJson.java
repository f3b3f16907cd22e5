package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON shapes of notices (the reference data's) and rules, for storage, import and the API. */
final class CalendarJson {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private CalendarJson() {
	}

	record NoticeJson(int year, String source, List<HolidayJson> holidays, List<String> adjustedWorkdays) {
	}

	record HolidayJson(String name, List<String> dates) {
	}

	record RuleJson(String code, String name, String period, String startEvent, List<String> pausedBy,
			List<String> restartedBy, @Nullable String maxExtension, int maxExtensions, String legalBasis,
			int warnWithin) {
	}

	static HolidayNotice notice(String json) {
		try {
			NoticeJson n = JSON.readValue(json, NoticeJson.class);
			if (n.holidays() == null || n.adjustedWorkdays() == null || n.source() == null) {
				throw new RuleViolation("calendar.notice.json");
			}
			return new HolidayNotice(n.year(), n.source(),
					n.holidays().stream().map(h -> new HolidayNotice.Holiday(h.name(), dates(h.dates()))).toList(),
					dates(n.adjustedWorkdays()));
		}
		catch (JacksonException | java.time.format.DateTimeParseException | NullPointerException e) {
			throw new RuleViolation("calendar.notice.json");
		}
	}

	static String json(HolidayNotice n) {
		return JSON.writeValueAsString(new NoticeJson(n.year(), n.source(),
				n.holidays().stream().map(h -> new HolidayJson(h.name(), h.dates().stream().map(LocalDate::toString).toList()))
					.toList(),
				n.adjustedWorkdays().stream().map(LocalDate::toString).toList()));
	}

	static List<ClockRule> rules(String json) {
		return JSON.readValue(json, new TypeReference<List<RuleJson>>() {
		}).stream().map(CalendarJson::rule).toList();
	}

	static ClockRule rule(String json) {
		return rule(JSON.readValue(json, RuleJson.class));
	}

	static ClockRule rule(RuleJson r) {
		return new ClockRule(r.code(), r.name(), Period.parse(r.period()), r.startEvent(), r.pausedBy(), r.restartedBy(),
				r.maxExtension() == null ? null : Period.parse(r.maxExtension()), r.maxExtensions(), r.legalBasis(),
				r.warnWithin());
	}

	static String json(ClockRule r) {
		return JSON.writeValueAsString(new RuleJson(r.code(), r.name(), r.period().toString(), r.startEvent(),
				r.pausedBy(), r.restartedBy(), r.maxExtension() == null ? null : r.maxExtension().toString(),
				r.maxExtensions(), r.legalBasis(), r.warnWithin()));
	}

	private static List<LocalDate> dates(List<String> texts) {
		return texts.stream().map(LocalDate::parse).toList();
	}
}
