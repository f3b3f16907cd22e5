package org.fazhi.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.fazhi.shared.shell.Today;
import org.fazhi.calendar.persistence.ClockMove;
import org.fazhi.calendar.persistence.ClockMoveRepository;
import org.fazhi.calendar.persistence.ClockRecord;
import org.fazhi.calendar.persistence.ClockRecordRepository;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.Urgency;
import org.fazhi.shared.WorkItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The running statutory clocks of all modules. A module starts a clock for its record and reports the events
 * (pause, resume, restart, approved extension, completion); the due date is always recomputed from those inputs on
 * the current calendar and rule, so a calendar correction or a change of law moves every running due date
 * consistently — logged, announced ({@link DeadlineMoved}) — while finished clocks are never rewritten.
 */
@Service
@Transactional
public class DeadlineClocks implements WorkItem.Source {

	/** The organ head's permission: overdue clocks of every module reach its holders. */
	public static final String ESCALATED_TO = "leader:approve";

	private static final JsonMapper JSON = CalendarJson.JSON;

	private final ClockRecordRepository clocks;

	private final ClockMoveRepository moves;

	private final ClockRules rules;

	private final WorkdayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeadlineClocks(ClockRecordRepository clocks, ClockMoveRepository moves, ClockRules rules, WorkdayCalendar calendar,
			ApplicationEventPublisher events, Clock clock) {
		this.clocks = clocks;
		this.moves = moves;
		this.rules = rules;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	record ClockEvents(List<Pause> pauses, List<Restart> restarts, List<Extension> extensions) {
	}

	public ClockView start(StartClock command) {
		ClockRule rule = rules.get(command.ruleCode());
		Deadline deadline = calendar.deadline(rule, command.start());
		ClockRecord record = new ClockRecord(command.org().value(), command.module(), command.recordId(),
				command.ruleCode(), command.start(), "{}", command.handler(), command.authority(), command.title(),
				command.href());
		store(record, deadline);
		record = clocks.save(record);
		if (deadline.dueOn() == null) {
			events.publishEvent(new CalendarDataNeeded(deadline.missingYear(), command.org(), command.title()));
		}
		return view(record, deadline, today());
	}

	@Transactional(readOnly = true)
	public ClockView view(ClockId id) {
		ClockRecord record = find(id);
		return view(record, deadlineOf(record), today());
	}

	/** The latest clock of a rule for a record, if one was started. */
	@Transactional(readOnly = true)
	public java.util.Optional<ClockView> find(String module, String recordId, String ruleCode) {
		return clocks.findFirstByModuleAndRecordIdAndRuleCodeOrderByIdDesc(module, recordId, ruleCode)
			.map(r -> view(r, deadlineOf(r), today()));
	}

	@Transactional(readOnly = true)
	public List<ClockView> ofRecord(String module, String recordId) {
		return clocks.findByModuleAndRecordIdOrderById(module, recordId).stream()
			.map(r -> view(r, deadlineOf(r), today()))
			.toList();
	}

	public ClockView pause(ClockId id, LocalDate from, String reason) {
		return change(id, d -> d.paused(from, reason, calendar));
	}

	public ClockView resume(ClockId id, LocalDate until) {
		return change(id, d -> d.resumed(until, calendar));
	}

	public ClockView restart(ClockId id, LocalDate on, String reason) {
		return change(id, d -> d.restarted(on, reason, calendar));
	}

	public ClockView extend(ClockId id, Extension extension) {
		return change(id, d -> d.extended(extension, calendar));
	}

	/** Stops the clock; its state is from then on 按期办结 or 逾期办结, and it is never recomputed again. */
	public ClockView complete(ClockId id, LocalDate on) {
		ClockRecord record = find(id);
		if (record.completedOn() == null) {
			record.complete(on);
		}
		return view(record, deadlineOf(record), today());
	}

	/** Open clocks of an org (optionally of one module), most urgent first. */
	@Transactional(readOnly = true)
	public List<ClockView> open(OrgId org, @Nullable String module) {
		LocalDate today = today();
		return clocks.findByOrgIdAndCompletedOnIsNullOrderByDueOn(org.value()).stream()
			.filter(r -> module == null || module.equals(r.module()))
			.map(r -> view(r, deadlineOf(r), today))
			.toList();
	}

	/**
	 * A clock in the handlers' 我的待办 (those holding its authority); once overdue it is also in every leader's,
	 * whatever its authority, because a missed statutory limit is the organ head's to answer for.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openItems(OrgId org, Collection<String> authorities, LocalDate today) {
		boolean leader = authorities.contains(ESCALATED_TO);
		List<WorkItem> items = new ArrayList<>();
		for (ClockRecord r : clocks.findByOrgIdAndCompletedOnIsNullOrderByDueOn(org.value())) {
			boolean handles = r.authority() == null || authorities.contains(r.authority());
			if (handles || leader) {
				Deadline d = deadlineOf(r);
				Urgency urgency = d.stateOn(today, null, calendar).urgency();
				if (handles || urgency == Urgency.OVERDUE) {
					items.add(new WorkItem(rules.get(r.ruleCode()).name(), r.title(), r.href(), d.dueOn(), urgency));
				}
			}
		}
		return items;
	}

	/**
	 * Recomputes every open clock on the current calendar and rules, and the finished clocks whose due date was
	 * provisional or unknown (their verdict is decided now, {@link DeadlineSettled}); returns how many due dates of
	 * open clocks moved.
	 */
	public int recomputeAll(String reason) {
		return recompute(clocks.findByCompletedOnIsNullOrMissingYearIsNotNull(), reason, null);
	}

	/** After a new revision of a rule: its open clocks move to the new period. */
	public int recomputeRule(String ruleCode, String reason) {
		return recompute(clocks.findByCompletedOnIsNullAndRuleCode(ruleCode), reason, null);
	}

	/**
	 * The event that starts a clock got another date (e.g. a disclosure draft's 成文日期 was corrected): the clock
	 * counts from the new date, and the move is logged and announced like any other.
	 */
	public ClockView moveStart(ClockId id, LocalDate start, String reason) {
		ClockRecord record = find(id);
		if (record.completedOn() != null) {
			throw new org.fazhi.shared.RuleViolation("calendar.clock.completed");
		}
		if (!record.startOn().equals(start)) {
			recompute(List.of(record), reason, start);
		}
		return view(record, deadlineOf(record), today());
	}

	@Transactional(readOnly = true)
	public List<ClockMove> moves(ClockId id) {
		return moves.findByClockIdOrderById(id.value());
	}

	private int recompute(List<ClockRecord> records, String reason, @Nullable LocalDate newStart) {
		int moved = 0;
		for (ClockRecord r : records) {
			LocalDate before = r.dueOn();
			boolean wasProvisional = before != null && r.missingYear() != null;
			Deadline old = deadlineOf(r);
			if (newStart != null) {
				r.startMoved(newStart);
			}
			Deadline d = calendar.recompute(new Deadline(old.rule(), r.startOn(), old.pauses(), old.restarts(),
					old.extensions(), old.dueOn(), old.missingYear(), old.skipped()), rules.get(r.ruleCode()));
			store(r, d);
			if (r.completedOn() != null) {
				// finished against an unknown or provisional date: the verdict is decided once the date is certain
				if (d.dueOn() != null && !d.provisional()) {
					events.publishEvent(new DeadlineSettled(new ClockId(r.id()), OrgId.of(r.orgId()), r.module(),
							r.recordId(), d.dueOn(), r.completedOn()));
				}
			}
			else if (!Objects.equals(before, d.dueOn())) {
				moved++;
				moves.save(new ClockMove(r.id(), clock.instant(), before, d.dueOn(), reason));
				events.publishEvent(new DeadlineMoved(new ClockId(r.id()), OrgId.of(r.orgId()), r.module(), r.recordId(),
						before, d.dueOn(), reason, wasProvisional, d.provisional()));
			}
		}
		return moved;
	}

	private ClockView change(ClockId id, java.util.function.UnaryOperator<Deadline> change) {
		ClockRecord record = find(id);
		if (record.completedOn() != null) {
			throw new org.fazhi.shared.RuleViolation("calendar.clock.completed");
		}
		Deadline next = change.apply(deadlineOf(record));
		store(record, next);
		return view(record, next, today());
	}

	private ClockRecord find(ClockId id) {
		return clocks.findById(id.value()).orElseThrow(() -> new NotFound("clock " + id));
	}

	private Deadline deadlineOf(ClockRecord r) {
		ClockEvents e = events(r.eventsJson());
		Deadline d = new Deadline(rules.get(r.ruleCode()), r.startOn(), e.pauses(), e.restarts(), e.extensions(),
				r.dueOn(), r.missingYear(), List.of());
		// the working (skipped days) is not stored: recompute it, on the stored inputs
		Deadline recomputed = calendar.recompute(d);
		if (r.completedOn() != null && r.missingYear() == null && !Objects.equals(recomputed.dueOn(), r.dueOn())) {
			// a finished matter keeps the due date it was finished against, whatever the calendar says today
			return d;
		}
		return recomputed;
	}

	private void store(ClockRecord r, Deadline d) {
		r.computed(JSON.writeValueAsString(new ClockEvents(d.pauses(), d.restarts(), d.extensions())), d.dueOn(),
				d.missingYear());
	}

	private static ClockEvents events(String json) {
		ClockEvents e = JSON.readValue(json, ClockEvents.class);
		return new ClockEvents(e.pauses() == null ? List.of() : e.pauses(),
				e.restarts() == null ? List.of() : e.restarts(), e.extensions() == null ? List.of() : e.extensions());
	}

	private ClockView view(ClockRecord r, Deadline d, LocalDate today) {
		return new ClockView(new ClockId(r.id()), OrgId.of(r.orgId()), r.module(), r.recordId(), r.title(), r.href(),
				d.rule(), d, r.completedOn(), d.stateOn(today, r.completedOn(), calendar), r.handler(), r.authority());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Today.ZONE));
	}
}
