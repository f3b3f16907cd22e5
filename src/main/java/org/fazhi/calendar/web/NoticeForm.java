package org.fazhi.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fazhi.calendar.HolidayNotice;
import org.springframework.validation.Errors;

/**
 * The year form: the notice's 文号, one row per holiday clause (name, first and last day off; every day between is
 * off), the 调休 working days, and the reason for the entry. Plain form fields, so that it works without JavaScript.
 */
public class NoticeForm {

	static final int ROWS = 10;

	private String source = "";

	private String reason = "";

	private String adjustedWorkdays = "";

	private List<HolidayRow> holidays = new ArrayList<>();

	public static class HolidayRow {

		private String name = "";

		private String first = "";

		private String last = "";

		public HolidayRow() {
		}

		HolidayRow(String name, String first, String last) {
			this.name = name;
			this.first = first;
			this.last = last;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name == null ? "" : name;
		}

		public String getFirst() {
			return first;
		}

		public void setFirst(String first) {
			this.first = first == null ? "" : first;
		}

		public String getLast() {
			return last;
		}

		public void setLast(String last) {
			this.last = last == null ? "" : last;
		}

		boolean blank() {
			return name.isBlank() && first.isBlank() && last.isBlank();
		}
	}

	/** A form prefilled with a year's notice in force (for a correction), or empty rows. */
	static NoticeForm of(HolidayNotice notice) {
		NoticeForm form = new NoticeForm();
		form.source = notice.source();
		for (HolidayNotice.Holiday h : notice.holidays()) {
			LocalDate first = h.dates().stream().min(Comparator.naturalOrder()).orElseThrow();
			LocalDate last = h.dates().stream().max(Comparator.naturalOrder()).orElseThrow();
			form.holidays.add(new HolidayRow(h.name(), first.toString(), last.toString()));
		}
		form.adjustedWorkdays = String.join("\n", notice.adjustedWorkdays().stream().map(LocalDate::toString).toList());
		return form.padded();
	}

	static NoticeForm empty() {
		return new NoticeForm().padded();
	}

	/** Blank rows to fill in, at least three, so that a correction can add clauses. */
	NoticeForm padded() {
		int blanks = (int) holidays.stream().filter(HolidayRow::blank).count();
		while (holidays.size() < ROWS || blanks < 3) {
			holidays.add(new HolidayRow());
			blanks++;
		}
		return this;
	}

	/** The notice the form describes; problems go to {@code errors} with message keys of calendar.properties. */
	HolidayNotice toNotice(int year, Errors errors) {
		if (source.isBlank()) {
			errors.rejectValue("source", "calendar.form.source");
		}
		if (reason.isBlank()) {
			errors.rejectValue("reason", "calendar.form.reason");
		}
		List<HolidayNotice.Holiday> clauses = new ArrayList<>();
		for (int i = 0; i < holidays.size(); i++) {
			HolidayRow row = holidays.get(i);
			if (row.blank()) {
				continue;
			}
			String field = "holidays[" + i + "]";
			Object[] line = { i + 1 };
			if (row.name.isBlank() || row.first.isBlank() || row.last.isBlank()) {
				errors.rejectValue(field + ".name", "calendar.form.holiday-incomplete", line, null);
				continue;
			}
			LocalDate first = date(row.first, field + ".first", errors);
			LocalDate last = date(row.last, field + ".last", errors);
			if (first == null || last == null) {
				continue;
			}
			if (last.isBefore(first)) {
				errors.rejectValue(field + ".last", "calendar.form.holiday-order", line, null);
				continue;
			}
			if (first.plusDays(31).isBefore(last)) {
				errors.rejectValue(field + ".last", "calendar.form.holiday-long", line, null);
				continue;
			}
			List<LocalDate> dates = first.datesUntil(last.plusDays(1)).toList();
			clauses.add(new HolidayNotice.Holiday(row.name.trim(), dates));
		}
		if (clauses.isEmpty() && !errors.hasFieldErrors("holidays*")) {
			errors.rejectValue("holidays", "calendar.form.holiday-none");
		}
		List<LocalDate> worked = new ArrayList<>();
		for (String text : adjustedWorkdays.trim().split("[\\s,，、;；]+")) {
			if (!text.isBlank()) {
				LocalDate d = date(text, "adjustedWorkdays", errors);
				if (d != null) {
					worked.add(d);
				}
			}
		}
		worked.sort(Comparator.naturalOrder());
		return new HolidayNotice(year, source.trim(), clauses, worked);
	}

	private static LocalDate date(String text, String field, Errors errors) {
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "calendar.form.date", new Object[] { text.trim() }, null);
			return null;
		}
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source == null ? "" : source;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason;
	}

	public String getAdjustedWorkdays() {
		return adjustedWorkdays;
	}

	public void setAdjustedWorkdays(String adjustedWorkdays) {
		this.adjustedWorkdays = adjustedWorkdays == null ? "" : adjustedWorkdays;
	}

	public List<HolidayRow> getHolidays() {
		return holidays;
	}

	public void setHolidays(List<HolidayRow> holidays) {
		this.holidays = holidays == null ? new ArrayList<>() : holidays;
	}
}
