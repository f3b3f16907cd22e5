package org.fazhi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.calendar.persistence.NoticeRevision;
import org.fazhi.calendar.persistence.NoticeRevisionRepository;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday notices in force and their history. The product ships 2019–2026 as resources
 * ({@code calendar/YYYY.json}, written from the State Council notices) and imports any that the database lacks at
 * startup; later years are entered by the 系统管理员, each save a new audited revision that recomputes running clocks.
 */
@Service
@Transactional
public class CalendarNotices {

	private final NoticeRevisionRepository revisions;

	private final WorkdayCalendar calendar;

	private final DeadlineClocks clocks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarNotices(NoticeRevisionRepository revisions, WorkdayCalendar calendar, DeadlineClocks clocks,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.revisions = revisions;
		this.calendar = calendar;
		this.clocks = clocks;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<HolidayNotice> current() {
		return revisions.findCurrent().stream().map(r -> CalendarJson.notice(r.json())).toList();
	}

	@Transactional(readOnly = true)
	public List<NoticeRevision> history(int year) {
		return revisions.findByYearOrderByRevisionDesc(year);
	}

	/** From 1 November on, the next year's notice is due; until it is entered the console warns administrators. */
	@Transactional(readOnly = true)
	public boolean nextYearMissing(LocalDate today) {
		return today.getMonthValue() >= Month.NOVEMBER.getValue()
				&& !calendar.data().years().contains(today.getYear() + 1);
	}

	public HolidayNotice importJson(String json, String enteredBy, String reason) {
		return save(CalendarJson.notice(json), enteredBy, reason);
	}

	/** The outcome of entering or correcting a year: which revision it became and how many running due dates moved. */
	public record Saved(HolidayNotice notice, int revision, int moved) {
	}

	/** The revision in force of every entered year, by year. */
	@Transactional(readOnly = true)
	public List<NoticeRevision> currentRevisions() {
		return revisions.findCurrent();
	}

	/** The notice in force for a year, if one was entered. */
	@Transactional(readOnly = true)
	public java.util.Optional<HolidayNotice> notice(int year) {
		return revisions.findFirstByYearOrderByRevisionDesc(year).map(r -> CalendarJson.notice(r.json()));
	}

	/** The notice in the reference data's JSON shape (for export and as an import example). */
	public static String toJson(HolidayNotice notice) {
		return CalendarJson.json(notice);
	}

	/** Parses the reference data's JSON shape; a malformed text is a {@link RuleViolation} with a zh-CN message. */
	public static HolidayNotice parseJson(String json) {
		return CalendarJson.notice(json);
	}

	/** Validates, stores a new revision, swaps the calendar and recomputes running clocks. */
	public HolidayNotice save(HolidayNotice notice, String enteredBy, String reason) {
		return enter(notice, enteredBy, reason).notice();
	}

	/** As {@link #save}, reporting the revision and the number of running due dates that moved. */
	public Saved enter(HolidayNotice notice, String enteredBy, String reason) {
		validate(notice);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("calendar.notice.reason");
		}
		int revision = revisions.findFirstByYearOrderByRevisionDesc(notice.year()).map(r -> r.revision() + 1).orElse(1);
		revisions.save(new NoticeRevision(notice.year(), revision, CalendarJson.json(notice), enteredBy,
				clock.instant(), reason.trim()));
		revisions.flush();
		calendar.replace(new CalendarData(current()));
		int moved = clocks.recomputeAll(notice.year() + "年节假日安排" + (revision == 1 ? "录入" : "更正") + "：" + reason.trim());
		audit.record(AuditRecord.installationWide("calendar.notice.saved", "calendar_notice", notice.year(), null,
				notice.year() + "年节假日安排第 " + revision + " 版（" + notice.source() + "），" + reason.trim() + "；"
						+ moved + " 个进行中的期限已重新计算"));
		events.publishEvent(new CalendarChanged(notice.year(), revision, enteredBy, moved));
		return new Saved(notice, revision, moved);
	}

	/**
	 * The checks the reference data passed: dates sorted and unique per clause, no date both off and worked, every
	 * 调休 working day a Saturday or Sunday, dates in the notice's year or the December before.
	 */
	static void validate(HolidayNotice notice) {
		if (notice.year() < 2000 || notice.year() > 2100) {
			throw new RuleViolation("calendar.notice.year");
		}
		if (notice.source() == null || notice.source().isBlank()) {
			throw new RuleViolation("calendar.notice.source");
		}
		Set<LocalDate> off = new HashSet<>();
		for (HolidayNotice.Holiday h : notice.holidays()) {
			if (h.name() == null || h.name().isBlank() || h.dates().isEmpty()) {
				throw new RuleViolation("calendar.notice.holiday-empty");
			}
			for (LocalDate d : h.dates()) {
				inYear(notice, d);
				if (!off.add(d)) {
					throw new RuleViolation("calendar.notice.duplicate", d.toString());
				}
			}
		}
		Set<LocalDate> worked = new HashSet<>();
		for (LocalDate d : notice.adjustedWorkdays()) {
			inYear(notice, d);
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				throw new RuleViolation("calendar.notice.adjusted-weekday", d.toString());
			}
			if (off.contains(d) || !worked.add(d)) {
				throw new RuleViolation("calendar.notice.both", d.toString());
			}
		}
	}

	private static void inYear(HolidayNotice notice, LocalDate d) {
		boolean sameYear = d.getYear() == notice.year();
		boolean decemberBefore = d.getYear() == notice.year() - 1 && d.getMonth() == Month.DECEMBER;
		if (!sameYear && !decemberBefore) {
			throw new RuleViolation("calendar.notice.out-of-year", d.toString());
		}
	}

	/** Imports the bundled notices the database lacks (first start, or a release that ships a new year). */
	static void importBundled(NoticeRevisionRepository revisions, Clock clock) {
		for (HolidayNotice notice : bundled()) {
			if (revisions.findFirstByYearOrderByRevisionDesc(notice.year()).isEmpty()) {
				validate(notice);
				revisions.save(new NoticeRevision(notice.year(), 1, CalendarJson.json(notice), "系统", clock.instant(),
						"随系统发布的国务院办公厅节假日安排通知"));
			}
		}
	}

	/** The notices shipped as {@code calendar/YYYY.json}. */
	static List<HolidayNotice> bundled() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:calendar/20*.json");
			List<HolidayNotice> notices = new java.util.ArrayList<>();
			for (Resource r : resources) {
				try (InputStream in = r.getInputStream()) {
					notices.add(CalendarJson.notice(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			return notices;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the bundled calendar data", e);
		}
	}
}
