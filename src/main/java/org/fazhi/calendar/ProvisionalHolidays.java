package org.fazhi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The holidays 《全国年节及纪念日放假办法》 fixes for every year (Art. 2, as revised in 2024: 元旦 1 day, 春节 4 days
 * from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3), read from {@code calendar/holiday-rules.json}. Lunar dates
 * and the 清明 solar term come from the {@code cn.6tail:lunar} library, never from a hand-made table. These are the
 * only days a year is certain to have off before the State Council's notice: the notice adds its 调休 working
 * weekends and the days moved to make bridges, which nobody can guess. So a year built from here is provisional
 * (暂定): no 调休, no compensation for a holiday on a weekend.
 */
final class ProvisionalHolidays {

	record Rules(String source, String verification, List<Rule> holidays) {
	}

	/** One clause: a solar date, a lunar date (with an offset in days, for 除夕) or a solar term, and its length. */
	record Rule(String name, String calendar, @Nullable Integer month, @Nullable Integer day,
			@Nullable Integer offset, @Nullable String term, int days, @Nullable String note) {
	}

	private static final Rules RULES = load();

	private ProvisionalHolidays() {
	}

	static String source() {
		return RULES.source();
	}

	/** A notice-shaped year of the statutory holidays alone, without 调休 (marked as provisional in its source). */
	static HolidayNotice year(int year) {
		List<HolidayNotice.Holiday> holidays = new ArrayList<>();
		for (Rule r : RULES.holidays()) {
			LocalDate first = switch (r.calendar()) {
				case "solar" -> LocalDate.of(year, r.month(), r.day());
				case "lunar" -> date(Lunar.fromYmd(year, r.month(), r.day()).getSolar())
					.plusDays(r.offset() == null ? 0 : r.offset());
				case "solar-term" -> solarTerm(year, r.term());
				default -> throw new IllegalStateException("holiday-rules.json: unknown calendar " + r.calendar());
			};
			List<LocalDate> dates = new ArrayList<>();
			for (int i = 0; i < r.days(); i++) {
				dates.add(first.plusDays(i));
			}
			holidays.add(new HolidayNotice.Holiday(r.name(), dates));
		}
		return new HolidayNotice(year, "暂定：" + RULES.source() + "（未计调休）", holidays, List.of());
	}

	private static LocalDate solarTerm(int year, @Nullable String term) {
		// the lunar year that contains April holds the year's 清明 in its table of solar terms
		Solar s = Lunar.fromYmd(year, 3, 1).getJieQiTable().get(term);
		if (s == null || s.getYear() != year) {
			throw new IllegalStateException("holiday-rules.json: no solar term " + term + " in " + year);
		}
		return date(s);
	}

	private static LocalDate date(Solar s) {
		return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
	}

	private static Rules load() {
		try (InputStream in = ProvisionalHolidays.class.getResourceAsStream("/calendar/holiday-rules.json")) {
			if (in == null) {
				throw new IllegalStateException("calendar/holiday-rules.json missing");
			}
			Rules rules = CalendarJson.JSON.readValue(in, Rules.class);
			return rules;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
