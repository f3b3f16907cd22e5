package org.fazhi.inforequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.ClockView;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.calendar.DeadlineMoved;
import org.fazhi.calendar.DeadlineSettled;
import org.fazhi.calendar.Extension;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StartClock;
import org.fazhi.inforequest.persistence.InfoRequestEventRepository;
import org.fazhi.inforequest.persistence.InfoRequestRepository;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.QueryCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Serials;
import org.fazhi.shared.Staff;
import org.fazhi.shared.TrackingNumber;
import org.fazhi.shared.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life cycle of information requests. Every step changes the aggregate, drives the statutory clocks in the
 * calendar module, writes the timeline and the audit trail, all in one transaction.
 */
@Service
@Transactional
public class InfoRequestService {

	static final String MODULE = "inforequest";

	static final String REPLY_RULE = "inforequest.reply";

	static final String CORRECTION_RULE = "inforequest.correction-notice";

	static final String THIRD_PARTY_RULE = "inforequest.third-party";

	static final String AUTHORITY = "inforequest:handle";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final InfoRequestRepository requests;

	private final InfoRequestEventRepository events;

	private final DeadlineClocks clocks;

	private final Serials serials;

	private final AuditTrail audit;

	private final Clock clock;

	InfoRequestService(InfoRequestRepository requests, InfoRequestEventRepository events, DeadlineClocks clocks,
			Serials serials, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.events = events;
		this.clocks = clocks;
		this.serials = serials;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An online request (portal or API): received the day the system confirms it to the applicant, which is the
	 * moment of submission (Art. 31, 互联网渠道: 双方确认之日). A repeated idempotency key returns the first record.
	 */
	public InfoRequest submitOnline(OrgId org, Intake intake, @Nullable String idempotencyKey) {
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw new RuleViolation("inforequest.idempotency.too-long");
		}
		if (key != null) {
			Optional<InfoRequest> earlier = requests.findByOrgIdAndIdempotencyKey(org.value(), key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		return create(org, intake, key, Channel.ONLINE, today(clock), null, "网上提交申请，系统当即确认收到");
	}

	/** The record an idempotency key created, if any (for a repeat that lost the race to insert). */
	@Transactional(readOnly = true)
	public Optional<InfoRequest> byIdempotencyKey(OrgId org, String key) {
		return requests.findByOrgIdAndIdempotencyKey(org.value(), key.strip());
	}

	/**
	 * A request staff register (in person, letter, fax, e-mail): the receipt date is the day of the channel's event
	 * (Art. 31), which cannot lie in the future.
	 */
	public InfoRequest register(Staff user, Intake intake, Channel channel, LocalDate receivedOn) {
		if (!channel.staffRegistered()) {
			throw new RuleViolation("inforequest.channel.online");
		}
		if (receivedOn.isAfter(today(clock))) {
			throw new RuleViolation("inforequest.date.future");
		}
		return create(user.org(), intake, null, channel, receivedOn, user.username(),
				"登记" + channel.label() + "申请（收到申请之日：" + channel.receiptEvent() + "）");
	}

	private InfoRequest create(OrgId org, Intake intake, @Nullable String key, Channel channel, LocalDate receivedOn,
			@Nullable String handler, String firstStep) {
		Applicant a = intake.applicant();
		Applicant.problemWith(a.type(), a.idType(), a.idNumber()).ifPresent(p -> {
			throw new RuleViolation(p);
		});
		if (intake.description().isEmpty()) {
			throw new RuleViolation("inforequest.description.required");
		}
		int year = receivedOn.getYear();
		TrackingNumber number = TrackingNumber.of("YSQ", year, serials.next("YSQ-" + year));
		InfoRequest r = requests.save(new InfoRequest(org, number, QueryCode.random(), key, channel, receivedOn,
				clock.instant(), a, intake.description(), intake.form(), intake.delivery(), handler));
		String href = "/console/inforequests/" + r.id();
		ClockView reply = clocks.start(new StartClock(org, MODULE, r.id().toString(), REPLY_RULE, receivedOn,
				"依申请公开 " + number + " 答复", href, handler, AUTHORITY));
		ClockView correction = clocks.start(new StartClock(org, MODULE, r.id().toString(), CORRECTION_RULE,
				receivedOn, "依申请公开 " + number + " 补正告知", href, handler, AUTHORITY));
		r.clocksStarted(reply.id().value(), correction.id().value(), reply.dueOn());
		step(r, receivedOn, firstStep + "，受理编号 " + number, true);
		audit(r, "inforequest.received", "收到申请 " + number + "，渠道 " + channel.label() + "，收到申请之日 " + receivedOn);
		return r;
	}

	/** The applicant's request is clear: no 补正 needed; the 7-工作日 window closes. */
	public InfoRequest confirmComplete(Staff user, long id, LocalDate on) {
		InfoRequest r = get(user, id);
		if (r.correctionNoticedOn() != null || !r.status().isOpen()) {
			throw new RuleViolation("inforequest.state", r.status().label());
		}
		completeIfOpen(r.correctionClockId(), on);
		step(r, on, "经审查，申请内容明确，无需补正", false);
		audit(r, "inforequest.complete", "确认无需补正");
		return r;
	}

	/** 补正 notice (Art. 30): within 7 工作日 of receipt, once, listing everything and a reasonable period. */
	public InfoRequest askForCorrection(Staff user, long id, LocalDate on, String items, LocalDate replyBy) {
		InfoRequest r = get(user, id);
		if (items.isBlank()) {
			throw new RuleViolation("inforequest.correction.items");
		}
		if (r.correctionNoticedOn() != null) {
			throw new RuleViolation("inforequest.correction.once");
		}
		ClockView window = clocks.view(new ClockId(r.correctionClockId()));
		if (window.completedOn() != null || (window.dueOn() != null && on.isAfter(window.dueOn()))) {
			throw new RuleViolation("inforequest.correction.window-closed", window.dueOn());
		}
		r.askForCorrection(on, items.strip(), replyBy);
		clocks.complete(window.id(), on);
		// the reply period runs only from the corrected application (Art. 30), so it stands still meanwhile
		clocks.pause(new ClockId(r.replyClockId()), on, "等待申请人补正");
		step(r, on, "一次性告知申请人补正，补正期限至 " + replyBy, true);
		audit(r, "inforequest.correction-requested", "办理中 → 待申请人补正；补正事项：" + items.strip());
		return r;
	}

	public InfoRequest corrected(Staff user, long id, LocalDate on) {
		InfoRequest r = get(user, id);
		r.corrected(on);
		ClockId reply = new ClockId(r.replyClockId());
		clocks.resume(reply, on);
		ClockView view = clocks.restart(reply, on, "收到补正后的申请");
		r.dueMoved(view.dueOn());
		step(r, on, "收到补正后的申请，答复期限重新计算", true);
		audit(r, "inforequest.corrected", "待申请人补正 → 办理中；收到补正之日 " + on + "，新的答复期限 " + view.dueOn());
		return r;
	}

	/** No correction in the period the notice gave: 视为放弃申请 (Art. 30), closed as （六）1. */
	public InfoRequest treatAsWithdrawn(Staff user, long id, LocalDate on) {
		InfoRequest r = get(user, id);
		r.treatAsWithdrawn(on);
		finishClocks(r, on);
		step(r, on, "申请人逾期未补正，视为放弃申请", true);
		audit(r, "inforequest.withdrawn", "待申请人补正 → 已答复（其他处理：逾期不补正）");
		return r;
	}

	/** 征求第三方意见 (Art. 32): the reply clock stands still (Art. 33 ¶3), the third party's 15 工作日 run. */
	public InfoRequest consultThirdParty(Staff user, long id, LocalDate on, String party) {
		InfoRequest r = get(user, id);
		if (party.isBlank()) {
			throw new RuleViolation("inforequest.third-party.required");
		}
		ClockView tp = clocks.start(new StartClock(r.org(), MODULE, r.id().toString(), THIRD_PARTY_RULE, on,
				"依申请公开 " + r.trackingNumber() + " 第三方意见", "/console/inforequests/" + r.id(), r.handler(),
				AUTHORITY));
		r.consultThirdParty(on, party.strip(), tp.id().value());
		ClockView reply = clocks.pause(new ClockId(r.replyClockId()), on, "征求第三方意见");
		r.dueMoved(reply.dueOn());
		step(r, on, "征求第三方意见，所需时间不计算在答复期限内", true);
		audit(r, "inforequest.third-party", "办理中 → 征求第三方意见中；第三方：" + party.strip());
		return r;
	}

	public InfoRequest consultationEnded(Staff user, long id, LocalDate on) {
		InfoRequest r = get(user, id);
		r.consultationEnded(on);
		completeIfOpen(r.thirdPartyClockId(), on);
		ClockView reply = clocks.resume(new ClockId(r.replyClockId()), on);
		r.dueMoved(reply.dueOn());
		step(r, on, "第三方意见征求结束，恢复计算答复期限", true);
		audit(r, "inforequest.third-party-ended", "征求第三方意见中 → 办理中；新的答复期限 " + reply.dueOn());
		return r;
	}

	/**
	 * Extension (Art. 33 ¶2): the office head approves (leader:approve), the applicant is told; the calendar rule
	 * caps it at 20 工作日 and one extension.
	 */
	public InfoRequest extend(Staff approver, long id, int workingDays, String reason, LocalDate on,
			LocalDate toldOn) {
		if (!approver.can("leader:approve")) {
			throw new RuleViolation("inforequest.extension.approver");
		}
		InfoRequest r = get(approver, id);
		if (reason.isBlank()) {
			throw new RuleViolation("inforequest.extension.reason");
		}
		r.extended(on, approver.displayName(), reason.strip(), toldOn);
		ClockView view = clocks.extend(new ClockId(r.replyClockId()),
				new Extension(Period.workingDays(workingDays), approver.displayName(), reason.strip(), on));
		r.dueMoved(view.dueOn());
		step(r, on, "经政府信息公开工作机构负责人同意，答复期限延长" + workingDays + "个工作日，已告知申请人", true);
		audit(r, "inforequest.extended", "延长 " + workingDays + " 个工作日，批准人 " + approver.displayName() + "；新的答复期限 "
				+ view.dueOn());
		return r;
	}

	public InfoRequest noticeFee(Staff user, long id, LocalDate on, BigDecimal amount) {
		InfoRequest r = get(user, id);
		r.feeNoticed(on, amount);
		step(r, on, "发出信息处理费缴费通知", true);
		audit(r, "inforequest.fee-noticed", "信息处理费 " + amount.toPlainString() + " 元");
		return r;
	}

	/** The reply with exactly one result; stops the clocks and keeps whether it came in time. */
	public InfoRequest reply(Staff user, long id, ReplyResult result, LocalDate on, String text,
			@Nullable String publishedRef) {
		InfoRequest r = get(user, id);
		if (text.isBlank()) {
			throw new RuleViolation("inforequest.reply.text");
		}
		Status before = r.status();
		r.reply(result, on, text.strip(), publishedRef);
		finishClocks(r, on);
		step(r, on, "作出答复：" + result.label(), true);
		audit(r, "inforequest.replied", before.label() + " → 已答复；" + result.label());
		return r;
	}

	public InfoRequest deliver(Staff user, long id, DeliveryWay way, LocalDate on) {
		InfoRequest r = get(user, id);
		r.delivered(way, on);
		step(r, on, "答复告知书已送达（" + way.label() + "）", true);
		audit(r, "inforequest.delivered", "已答复 → 已送达；" + way.label() + " " + on);
		return r;
	}

	/** The applicant's full ID number, for a reason the caller states; the view is audited. */
	public String revealApplicant(Staff user, long id) {
		InfoRequest r = get(user, id);
		audit.recordPersonalDataView("inforequest", r.id(), r.org(), "查看申请人身份证明号码 " + r.trackingNumber());
		return r.idNumber();
	}

	private void finishClocks(InfoRequest r, LocalDate on) {
		completeIfOpen(r.correctionClockId(), on);
		completeIfOpen(r.thirdPartyClockId(), on);
		ClockView reply = clocks.complete(new ClockId(r.replyClockId()), on);
		// a provisional or unknown due date gives no verdict yet: it is decided when the date is settled
		Urgency verdict = reply.state().urgency();
		r.answeredAgainst(reply.dueOn(), verdict == Urgency.DONE_ON_TIME ? Boolean.TRUE
				: verdict == Urgency.DONE_LATE ? Boolean.FALSE : null);
	}

	private void completeIfOpen(@Nullable Long clockId, LocalDate on) {
		if (clockId != null && clocks.view(new ClockId(clockId)).completedOn() == null) {
			clocks.complete(new ClockId(clockId), on);
		}
	}

	@Transactional(readOnly = true)
	public InfoRequest get(Staff user, long id) {
		return requests.findById(id).filter(r -> user.canRead(r.org()))
			.orElseThrow(() -> new NotFound("inforequest " + id));
	}

	@Transactional(readOnly = true)
	public Optional<InfoRequest> byTracking(TrackingNumber number, String code) {
		return requests.findByTrackingNumber(number.value()).filter(r -> r.checkCode(code));
	}

	/** The due dates of a request's clocks, newest state (reply, 补正 window, third party). */
	@Transactional(readOnly = true)
	public List<ClockView> clocksOf(InfoRequest r) {
		return clocks.ofRecord(MODULE, r.id().toString());
	}

	@Transactional(readOnly = true)
	public ClockView replyClock(InfoRequest r) {
		return clocks.view(new ClockId(r.replyClockId()));
	}

	@Transactional(readOnly = true)
	public List<InfoRequestEvent> timeline(InfoRequest r) {
		return events.ofRequest(r.id());
	}

	public record Filter(@Nullable Status status, boolean openOnly, String q, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	@Transactional(readOnly = true)
	public Page<InfoRequest> search(OrgId org, Filter f, int page, int size) {
		return requests.search(org.value(), f.status(), f.openOnly(), f.q().strip(), f.from(), f.to(),
				PageRequest.of(Math.max(0, page), size, Sort.by(Sort.Order.asc("dueOn").nullsLast(),
						Sort.Order.desc("id"))));
	}

	@Transactional(readOnly = true)
	public List<InfoRequest> touchingYear(OrgId org, int year) {
		return requests.touchingYear(org.value(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Keeps the copy of the reply due date (for sorting lists) when a calendar correction moves it. */
	@EventListener
	void onDeadlineMoved(DeadlineMoved moved) {
		if (!MODULE.equals(moved.module())) {
			return;
		}
		requests.findById(Long.parseLong(moved.recordId()))
			.filter(r -> r.replyClockId() != null && r.replyClockId() == moved.clock().value())
			.ifPresent(r -> r.dueMoved(moved.newDueOn()));
	}

	/** A reply given while its due date was provisional or unknown: on time or not is recorded now. */
	@EventListener
	void onDeadlineSettled(DeadlineSettled settled) {
		if (!MODULE.equals(settled.module())) {
			return;
		}
		requests.findById(Long.parseLong(settled.recordId()))
			.filter(r -> r.replyClockId() != null && r.replyClockId() == settled.clock().value())
			.ifPresent(r -> r.answeredAgainst(settled.dueOn(), settled.inTime()));
	}

	void step(InfoRequest r, String what, boolean visibleToApplicant) {
		events.save(new InfoRequestEvent(r.id(), clock.instant(), what, visibleToApplicant));
	}

	/** A step dated by its legal date (e.g. a letter registered afterwards): the moment if today, else that day. */
	void step(InfoRequest r, LocalDate on, String what, boolean visibleToApplicant) {
		java.time.Instant at = on.equals(today(clock)) ? clock.instant()
				: on.atTime(9, 0).atZone(ZONE).toInstant();
		events.save(new InfoRequestEvent(r.id(), at, what, visibleToApplicant));
	}

	boolean hasStep(InfoRequest r, String what) {
		return events.exists(r.id(), what);
	}

	private void audit(InfoRequest r, String action, String detail) {
		audit.record(AuditRecord.of(action, "inforequest", r.id(), r.org(), r.trackingNumber() + "：" + detail));
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}
}
