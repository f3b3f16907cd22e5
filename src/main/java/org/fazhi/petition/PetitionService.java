package org.fazhi.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.ClockRule;
import org.fazhi.calendar.ClockView;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.calendar.Extension;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StartClock;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrgKind;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.petition.persistence.PetitionRepository;
import org.fazhi.petition.persistence.PetitionStepRepository;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.QueryCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Serials;
import org.fazhi.shared.Staff;
import org.fazhi.shared.TrackingNumber;
import org.fazhi.shared.Urgency;
import org.fazhi.shared.WorkItem;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of 信访工作条例 Chs. 3–4. Every state change is audited in the same transaction, and the statutory
 * clocks (受理告知 15 日, 办理 60 日 + 30 日, 复查/复核 30 日) are started and stopped here; due dates always come from
 * the calendar module.
 */
@Service
@Transactional
public class PetitionService implements WorkItem.Source {

	static final String MODULE = "petition";

	static final String PREFIX = "XF";

	/** The organ head's permission: approves the Art. 34 extension. */
	static final String LEADER = "leader:approve";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PetitionRepository petitions;

	private final PetitionStepRepository steps;

	private final DeadlineClocks clocks;

	private final AuditTrail audit;

	private final OrganizationService organization;

	private final NotificationService notifications;

	private final Serials serials;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final Clock clock;

	private final PetitionStatistics statistics;

	private final PetitionTokens tokens;

	PetitionService(PetitionRepository petitions, PetitionStepRepository steps, DeadlineClocks clocks,
			AuditTrail audit, OrganizationService organization, NotificationService notifications, Serials serials,
			ApplicationEventPublisher events, EntityManager entityManager, Clock clock, PetitionStatistics statistics, PetitionTokens tokens) {
		this.statistics = statistics;
		this.tokens = tokens;
		this.petitions = petitions;
		this.steps = steps;
		this.clocks = clocks;
		this.audit = audit;
		this.organization = organization;
		this.notifications = notifications;
		this.serials = serials;
		this.events = events;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	// ---------------------------------------------------------------- intake

	/**
	 * Registers a petition and starts the 15-日 受理告知 clock (Art. 23). A repeated idempotency key returns the
	 * first record, so a double submit or an API retry never makes two.
	 */
	public Receipt register(OrgId org, Intake intake, String actor) {
		return register(org, intake, actor, null);
	}

	/**
	 * A row of an imported 信访台账 keeps its number; a number the town already has is refused. The serial moves past
	 * the imported number, or a later intake would be given it again (a duplicate key, or a second petition under one
	 * number in another town). It moves first: its row lock waits for an intake that is committing that very number,
	 * which the existence check then sees.
	 */
	Receipt registerImported(OrgId org, TrackingNumber number, Intake intake, String actor) {
		if (!number.prefix().equals(PREFIX)) {
			throw new RuleViolation("petition.import.prefix", number.value());
		}
		serials.taken(PREFIX + "-" + number.year(), number.serial());
		if (petitions.existsByOrgIdAndTrackingNumber(org.value(), number.value())) {
			throw new RuleViolation("petition.import.exists", number.value());
		}
		return register(org, intake, actor, number);
	}

	private Receipt register(OrgId org, Intake intake, String actor, @Nullable TrackingNumber given) {
		if (intake.idempotencyKey() != null && !intake.idempotencyKey().isBlank()) {
			Optional<Petition> earlier = petitions.findByOrgIdAndIdempotencyKey(org.value(), intake.idempotencyKey());
			if (earlier.isPresent()) {
				return receipt(earlier.get(), true);
			}
		}
		if (intake.receivedOn().isAfter(today())) {
			throw new RuleViolation("petition.date.future");
		}
		if (intake.subject().isBlank() || intake.content().isBlank() || intake.demand().isBlank()) {
			throw new RuleViolation("petition.text.required");
		}
		Village village = intake.villageId() == null ? null : organization.village(Set.of(org), intake.villageId());
		int year = intake.receivedOn().getYear();
		TrackingNumber number = given != null ? given : TrackingNumber.of(PREFIX, year, serials.next(PREFIX + "-" + year));
		Petition p = petitions.save(new Petition(org, number, QueryCode.random(),
				intake.idempotencyKey() == null || intake.idempotencyKey().isBlank() ? null : intake.idempotencyKey(),
				intake.channel(), intake.receivedOn(), clock.instant(), intake.subject(), intake.content(),
				intake.demand(), village == null ? null : village.id(), village == null ? null : village.name(),
				intake.petitioners(), actor));
		ClockView acceptance = startClock(p, "petition.acceptance", p.receivedOn(), "受理告知", "petition:handle");
		p.clocks(acceptance.id().value(), null, null);
		step(p, p.receivedOn(), actor, true, "收到信访事项（" + p.channel().label() + "），登记编号 " + number
				+ (p.isCollective() ? "；信访人 " + p.petitioners().size() + " 人，属集体访" : ""));
		audit.record(AuditRecord.of("petition.registered", MODULE, p.id(), org,
				"登记信访事项 " + number + "，渠道 " + p.channel().label() + "，收到日期 " + p.receivedOn()));
		if (p.isCollective()) {
			notifications.notifyHolders(org, "supervise", "集体访登记：" + number, p.subject(),
					"/console/petitions/" + p.id());
		}
		return receipt(p, false);
	}

	private Receipt receipt(Petition p, boolean repeated) {
		ClockView acceptance = p.acceptanceClockId() == null ? null : clocks.view(new ClockId(p.acceptanceClockId()));
		return new Receipt(p.id(), p.trackingNumber(), p.queryCode(), p.receivedOn(),
				acceptance == null ? null : acceptance.dueOn(), repeated,
				acceptance != null && acceptance.deadline().provisional());
	}

	// ---------------------------------------------------------------- classification and 受理告知

	/** 依法分类 (Arts. 29–31): the type, and for 申诉求决类 the route of Art. 31. */
	public Petition classify(OrgId org, long id, PetitionType type, @Nullable Route route, String actor) {
		Petition p = writable(org, id);
		p.classify(type, route);
		step(p, today(), actor, false, "分类：" + type.label() + (p.route() == null ? "" : "，" + p.route().label()));
		audit.record(AuditRecord.of("petition.classified", MODULE, id, org,
				p.trackingNumber() + " 分类为 " + type.label() + (p.route() == null ? "" : "，" + p.route().label())));
		return p;
	}

	/** 受理 (Art. 23); for Art. 31 (六) items the 60-日 办理 clock starts on the day of acceptance (Art. 34). */
	public Petition accept(OrgId org, long id, LocalDate on, String handlingUnit, String actor) {
		Petition p = writable(org, id);
		LocalDate due = completeAcceptance(p, on);
		p.accept(on, handlingUnit, due);
		if (p.route() != null && p.route().hasHandlingPeriod()) {
			ClockView handling = startClock(p, "petition.handling", on, "办理", "petition:handle");
			p.clocks(null, handling.id().value(), null);
		}
		step(p, on, actor, true, "决定受理，由" + p.handlingUnit() + "办理；已书面告知信访人");
		audit.record(AuditRecord.of("petition.accepted", MODULE, id, org, p.trackingNumber() + " 受理，承办：" + handlingUnit));
		return p;
	}

	/**
	 * 不予受理 as 信访. For the statutory routes of Art. 31 (一)–(四) the notice names the channel (诉访分离) and the
	 * reason is that channel; otherwise a reason must be given.
	 */
	public Petition notAccept(OrgId org, long id, LocalDate on, @Nullable String reason, String actor) {
		Petition p = writable(org, id);
		String note;
		if (p.route() != null && p.route().isStatutoryChannel()) {
			note = "该诉求属于" + p.route().label() + "范围，请" + p.route().channel() + "。"
					+ (reason == null || reason.isBlank() ? "" : reason.trim());
		}
		else if (reason == null || reason.isBlank()) {
			throw new RuleViolation("petition.reason.required");
		}
		else {
			note = reason.trim();
		}
		LocalDate due = completeAcceptance(p, on);
		p.notAccept(on, note, due);
		step(p, on, actor, true, "不予受理为信访事项，已书面告知信访人：" + note);
		audit.record(AuditRecord.of("petition.not-accepted", MODULE, id, org, p.trackingNumber() + " 不予受理：" + note));
		return p;
	}

	/** 转送交办 to the competent organ (Art. 23 ¶3); 检举控告类 go to the 纪检监察机关 or competent organ (Art. 30). */
	public Petition transfer(OrgId org, long id, LocalDate on, String to, String actor) {
		Petition p = writable(org, id);
		LocalDate due = completeAcceptance(p, on);
		p.transfer(on, to, due);
		step(p, on, actor, true, "转送" + to.trim() + "依法处理，已告知信访人");
		audit.record(AuditRecord.of("petition.transferred", MODULE, id, org, p.trackingNumber() + " 转送 " + to.trim()));
		return p;
	}

	/**
	 * A neighbour, family or other civil dispute is handed to people's mediation (Art. 37; 枫桥经验). The mediation
	 * module hears {@link PetitionReferredToMediation} and opens the dispute.
	 */
	public Petition referToMediation(OrgId org, long id, LocalDate on, DisputeKind kind, String actor) {
		Petition p = writable(org, id);
		LocalDate due = completeAcceptance(p, on);
		p.referToMediation(on, kind, due);
		step(p, on, actor, true, "属" + kind.label() + "，经信访人同意转人民调解委员会调解，已告知信访人");
		audit.record(AuditRecord.of("petition.referred-to-mediation", MODULE, id, org,
				p.trackingNumber() + " 转人民调解（" + kind.label() + "）"));
		Petitioner first = p.firstPetitioner();
		events.publishEvent(new PetitionReferredToMediation(org, p.trackingNumber().value(), first.name(),
				first.phone(), p.villageName(), p.subject() + "：" + p.demand(), on));
		return p;
	}

	private LocalDate completeAcceptance(Petition p, LocalDate on) {
		if (on.isAfter(today())) {
			throw new RuleViolation("petition.date.future");
		}
		ClockView view = clocks.complete(new ClockId(p.acceptanceClockId()), on);
		return view.dueOn() == null ? on : view.dueOn();
	}

	// ---------------------------------------------------------------- 办理

	/**
	 * 延期申请 (信访工作条例 Art. 34): the clerk asks for the one extension of at most 30 日 with its reasons; the
	 * clock does not move until a signed-in leader approves it ({@link #approveExtension}). Leaders see the request
	 * in 我的待办 and are notified.
	 */
	public Petition requestExtension(OrgId org, long id, int days, String reason, LocalDate on, String actor) {
		Petition p = writable(org, id);
		if (p.handlingClockId() == null) {
			throw new RuleViolation("petition.extend.no-clock");
		}
		if (reason.isBlank()) {
			throw new RuleViolation("petition.extend.reason");
		}
		// refused here already, so that the leader is never asked for what the rule does not allow
		ClockRule rule = clocks.view(new ClockId(p.handlingClockId())).rule();
		if (rule.maxExtension() == null || days <= 0 || days > rule.maxExtension().amount()) {
			throw new RuleViolation("calendar.extension.cap",
					rule.maxExtension() == null ? "0日" : rule.maxExtension().label(), rule.legalBasis());
		}
		p.extensionRequested(days, reason.trim(), actor, on);
		step(p, on, actor, false, "申请延期办理" + days + "日，报请本机关负责人批准；理由：" + reason.trim());
		audit.record(AuditRecord.of("petition.extension-requested", MODULE, id, org,
				p.trackingNumber() + " 申请延期 " + days + " 日，理由：" + reason.trim()));
		notifications.notifyHolders(org, LEADER, "信访事项延期待审批：" + p.trackingNumber(), reason.trim(),
				"/console/petitions/" + p.id());
		return p;
	}

	/** A leader's approval of the pending request: only now is the 办理 clock extended, with the leader as approver. */
	public Petition approveExtension(Staff leader, long id, LocalDate on) {
		Petition p = pendingExtension(leader, id);
		return recordExtension(leader.org(), p, p.extensionRequestedDays(), leader.displayName(), p.extensionRequestReason(), on,
				leader.username());
	}

	/** A leader's refusal: the request is closed, the clock stays as it was, the clerk sees why. */
	public Petition refuseExtension(Staff leader, long id, String note, LocalDate on) {
		Petition p = pendingExtension(leader, id);
		if (note.isBlank()) {
			throw new RuleViolation("petition.extend.refusal-note");
		}
		p.extensionRequestDecided();
		step(p, on, leader.username(), false, leader.displayName() + "不同意延期：" + note.trim());
		audit.record(AuditRecord.of("petition.extension-refused", MODULE, id, leader.org(),
				p.trackingNumber() + " 延期申请未获批准，批准人 " + leader.displayName() + "：" + note.trim()));
		return p;
	}

	private Petition pendingExtension(Staff leader, long id) {
		if (!leader.can(LEADER)) {
			throw new RuleViolation("petition.extend.approver");
		}
		Petition p = writable(leader.org(), id);
		if (p.extensionRequestedDays() == null) {
			throw new RuleViolation("petition.extend.no-request");
		}
		return p;
	}

	/** Pending extension requests, for the leaders' 我的待办. */
	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openItems(OrgId org, Collection<String> authorities, LocalDate today) {
		if (!authorities.contains(LEADER)) {
			return List.of();
		}
		return petitions.findByOrgIdAndExtensionRequestedDaysIsNotNullOrderById(org.value()).stream()
			.map(p -> new WorkItem("信访延期审批", p.trackingNumber() + " 申请延期" + p.extensionRequestedDays() + "日：" + p.subject(),
					"/console/petitions/" + p.id(), p.handlingDueOn(), Urgency.DUE_SOON))
			.toList();
	}

	/**
	 * An extension approved on paper before the record came into the system (信访台账 import): the approval is in the
	 * original file, so no request is asked of today's leaders.
	 */
	Petition importExtension(OrgId org, long id, int days, String approvedBy, String reason, LocalDate on,
			String actor) {
		return recordExtension(org, writable(org, id), days, approvedBy, reason, on, actor);
	}

	private Petition recordExtension(OrgId org, Petition p, int days, String approvedBy, String reason, LocalDate on, String actor) {
		if (p.handlingClockId() == null) {
			throw new RuleViolation("petition.extend.no-clock");
		}
		if (approvedBy.isBlank() || reason.isBlank()) {
			throw new RuleViolation("petition.extend.approval");
		}
		ClockView v = clocks.extend(new ClockId(p.handlingClockId()),
				new Extension(Period.days(days), approvedBy.trim(), reason.trim(), on));
		p.extended(days, on);
		step(p, on, actor, true, "经" + approvedBy.trim() + "批准，办理期限延长" + days + "日至 " + v.dueOn()
				+ "，已书面告知信访人延期理由：" + reason.trim());
		audit.record(AuditRecord.of("petition.extended", MODULE, p.id(), org,
				p.trackingNumber() + " 延期 " + days + " 日，批准人 " + approvedBy.trim() + "，理由：" + reason.trim()));
		return p;
	}

	/**
	 * 信访处理意见书 (Art. 32). Stops the 办理 clock on the day issued and starts the 30-日 window for a 复查
	 * request from the day the petitioner received it (Art. 35).
	 */
	public Petition answer(OrgId org, long id, Outcome outcome, String facts, String reasons, String basis,
			LocalDate issuedOn, LocalDate deliveredOn, String actor) {
		Petition p = writable(org, id);
		if (facts.isBlank() || reasons.isBlank()) {
			throw new RuleViolation("petition.opinion.required");
		}
		if (deliveredOn.isAfter(today())) {
			throw new RuleViolation("petition.date.future");
		}
		LocalDate handlingDue = null;
		if (p.handlingClockId() != null) {
			handlingDue = clocks.complete(new ClockId(p.handlingClockId()), issuedOn).dueOn();
		}
		p.answer(outcome, facts, reasons, basis, issuedOn, deliveredOn, handlingDue);
		ClockView window = startClock(p, "petition.review-request", deliveredOn, "请求复查期限", null);
		p.clocks(null, null, window.id().value());
		// the request window is the petitioner's, not an office task: it never shows in anyone's 待办
		clocks.complete(window.id(), window.dueOn() == null ? deliveredOn : window.dueOn());
		step(p, issuedOn, actor, true, "出具信访处理意见书（" + outcome.label() + "），" + deliveredOn + " 送达信访人");
		audit.record(AuditRecord.of("petition.answered", MODULE, id, org,
				p.trackingNumber() + " 处理意见书：" + outcome.label()));
		return p;
	}

	/** The 复查 request (Art. 35): within 30 日 of receiving the opinion; the higher organ decides within 30 日. */
	public Petition recordReviewRequest(OrgId org, long id, LocalDate on, String actor) {
		Petition p = writable(org, id);
		requireWithinWindow(p, on, "petition.review.late");
		p.reviewRequested(on);
		ClockView review = startClock(p, "petition.review", on, "复查", "petition:handle");
		p.clocks(null, null, review.id().value());
		step(p, on, actor, true, "信访人请求复查，复查机关已收到请求");
		audit.record(AuditRecord.of("petition.review-requested", MODULE, id, org, p.trackingNumber() + " 请求复查 " + on));
		return p;
	}

	/**
	 * The higher organ's 复查意见 of a day, as the town records it. The 30-日 window for 复核 opens only with
	 * {@link #recordReviewDelivery}: it counts from the petitioner's receipt of the written opinion (Art. 36 ¶1).
	 */
	public Petition recordReview(OrgId org, long id, LocalDate on, String result, String actor) {
		Petition p = writable(org, id);
		requireText(result);
		clocks.complete(new ClockId(p.stageClockId()), on);
		p.reviewed(on, result);
		p.clocks(null, null, null);
		step(p, on, actor, true, "复查机关出具复查意见：" + result.trim());
		audit.record(AuditRecord.of("petition.reviewed", MODULE, id, org, p.trackingNumber() + " 复查意见：" + result.trim()));
		return p;
	}

	/**
	 * The written 复查意见 reached the petitioner: the 30 日 for requesting 复核 run from this day
	 * (信访工作条例 Art. 36 ¶1: 自收到书面复查意见之日起30日内).
	 */
	public Petition recordReviewDelivery(OrgId org, long id, LocalDate deliveredOn, String actor) {
		Petition p = writable(org, id);
		requireNotFuture(deliveredOn);
		p.reviewDelivered(deliveredOn);
		p.clocks(null, null, closedWindow(p, "petition.recheck-request", deliveredOn, "请求复核期限"));
		step(p, deliveredOn, actor, true, "复查意见书已送达信访人，请求复核的30日期限自次日起算");
		audit.record(AuditRecord.of("petition.review-delivered", MODULE, id, org,
				p.trackingNumber() + " 复查意见书送达 " + deliveredOn));
		return p;
	}

	public Petition recordRecheckRequest(OrgId org, long id, LocalDate on, String actor) {
		Petition p = writable(org, id);
		if (p.status() == PetitionStatus.REVIEWED && p.reviewDeliveredOn() == null) {
			// the window is counted from the delivery (Art. 36 ¶1): it must be known first
			throw new RuleViolation("petition.review.delivery-first");
		}
		requireWithinWindow(p, on, "petition.recheck.late");
		p.recheckRequested(on);
		ClockView recheck = startClock(p, "petition.recheck", on, "复核", "petition:handle");
		p.clocks(null, null, recheck.id().value());
		step(p, on, actor, true, "信访人请求复核，复核机关已收到请求");
		audit.record(AuditRecord.of("petition.recheck-requested", MODULE, id, org, p.trackingNumber() + " 请求复核 " + on));
		return p;
	}

	/** 复核意见 (Art. 36): final; the same facts and reasons are not accepted again (Art. 36 ¶3). */
	public Petition recordRecheck(OrgId org, long id, LocalDate on, String result, String actor) {
		Petition p = writable(org, id);
		requireText(result);
		clocks.complete(new ClockId(p.stageClockId()), on);
		p.rechecked(on, result);
		p.clocks(null, null, null);
		step(p, on, actor, true, "复核机关出具复核意见：" + result.trim() + "。同一事实和理由再次提出的，不再受理");
		audit.record(AuditRecord.of("petition.rechecked", MODULE, id, org, p.trackingNumber() + " 复核意见：" + result.trim()));
		return p;
	}

	// ---------------------------------------------------------------- 复查/复核 by the district

	/**
	 * 复查/复核 decided by the district's 信访 office in this deployment (Arts. 35–36: the organs above the town).
	 * Only a district decides, and only for its own towns: another district's petition is {@link NotFound}.
	 */
	public Petition decideReview(OrgId district, long id, LocalDate on, String result, String reasons, String actor) {
		Petition p = decidable(district, id);
		requireText(result);
		requireText(reasons);
		requireNotFuture(on);
		String organ = organization.org(district).fullName();
		clocks.complete(new ClockId(p.stageClockId()), on);
		p.reviewDecided(on, result, reasons, organ);
		// the 复核 window opens when the town records the opinion's delivery (recordReviewDelivery, Art. 36 ¶1)
		p.clocks(null, null, null);
		step(p, on, actor, true, organ + "出具复查意见书：" + result.trim());
		audit.record(AuditRecord.of("petition.review-decided", MODULE, id, p.org(),
				p.trackingNumber() + " " + organ + "复查意见：" + result.trim() + "；理由：" + reasons.trim()));
		notifications.notifyHolders(p.org(), "petition:handle", "复查意见：" + p.trackingNumber(), result.trim(),
				"/console/petitions/" + p.id());
		return p;
	}

	/** The 复核意见 (Art. 36): final; not while a 听证 is under way. */
	public Petition decideRecheck(OrgId district, long id, LocalDate on, String result, String reasons, String actor) {
		Petition p = decidable(district, id);
		requireText(result);
		requireText(reasons);
		requireNotFuture(on);
		String organ = organization.org(district).fullName();
		p.recheckDecided(on, result, reasons, organ);
		clocks.complete(new ClockId(p.stageClockId()), on);
		p.clocks(null, null, null);
		step(p, on, actor, true, organ + "出具复核意见书：" + result.trim() + "。同一事实和理由再次提出的，不再受理");
		audit.record(AuditRecord.of("petition.recheck-decided", MODULE, id, p.org(),
				p.trackingNumber() + " " + organ + "复核意见：" + result.trim() + "；理由：" + reasons.trim()));
		notifications.notifyHolders(p.org(), "petition:handle", "复核意见：" + p.trackingNumber(), result.trim(),
				"/console/petitions/" + p.id());
		return p;
	}

	/** 听证 during 复核: the 30-日 clock stops on the first day of the hearing (Art. 36 ¶2). */
	public Petition startHearing(OrgId district, long id, LocalDate from, String actor) {
		Petition p = decidable(district, id);
		requireNotFuture(from);
		p.hearingStarted(from);
		clocks.pause(new ClockId(p.stageClockId()), from, "听证");
		step(p, from, actor, true, "复核机关举行听证，听证时间不计入复核期限");
		audit.record(AuditRecord.of("petition.hearing-started", MODULE, id, p.org(), p.trackingNumber() + " 复核听证开始 " + from));
		return p;
	}

	/** The hearing is over: the 复核 clock runs on from the day after (calendar module counts). */
	public Petition endHearing(OrgId district, long id, LocalDate until, String actor) {
		Petition p = decidable(district, id);
		requireNotFuture(until);
		p.hearingEnded(until);
		ClockView v = clocks.resume(new ClockId(p.stageClockId()), until);
		step(p, until, actor, true, "听证结束，复核期限顺延至 " + v.dueOn());
		audit.record(AuditRecord.of("petition.hearing-ended", MODULE, id, p.org(),
				p.trackingNumber() + " 复核听证结束 " + until + "，期限至 " + v.dueOn()));
		return p;
	}

	/** 复查/复核 requests waiting for the district's decision, across its towns. */
	@Transactional(readOnly = true)
	public List<Petition> pendingReviews(OrgId district) {
		requireDistrict(district);
		List<Long> towns = organization.readableFrom(district).stream().map(OrgId::value).toList();
		return petitions.inStatus(towns, List.of(PetitionStatus.REVIEW_REQUESTED, PetitionStatus.RECHECK_REQUESTED));
	}

	/** A petition the district may decide on: one of its towns' (else 404). */
	@Transactional(readOnly = true)
	public Petition reviewable(OrgId district, long id) {
		requireDistrict(district);
		return petition(organization.readableFrom(district), id);
	}

	private Petition decidable(OrgId district, long id) {
		Petition p = reviewable(district, id);
		if (p.org().equals(district)) {
			throw new NotFound("petition");
		}
		return p;
	}

	private void requireDistrict(OrgId org) {
		if (organization.org(org).kind() != OrgKind.DISTRICT) {
			// the town records an outside decision; it never decides its own petition
			throw new RuleViolation("petition.review.district-only");
		}
	}

	private void requireNotFuture(LocalDate on) {
		if (on.isAfter(today())) {
			throw new RuleViolation("petition.date.future");
		}
	}

	// ---------------------------------------------------------------- objection (Art. 23 ¶3)

	/**
	 * The town objects to an item transferred or assigned to it that is outside its remit: within 5 工作日 of
	 * receipt, with detailed reasons (Art. 23 ¶3). The period comes from the calendar module.
	 */
	public Petition object(OrgId org, long id, LocalDate on, String from, String reason, String actor) {
		Petition p = writable(org, id);
		requireNotFuture(on);
		ClockView window = startClock(p, "petition.objection", p.receivedOn(), "提出异议", null);
		clocks.complete(window.id(), on);
		if (window.dueOn() != null && on.isAfter(window.dueOn())) {
			throw new RuleViolation("petition.objection.late", window.dueOn());
		}
		p.objected(on, from, reason);
		step(p, on, actor, false, "对" + from.trim() + "转送交办的事项提出异议（不属于本机关职权范围）：" + reason.trim());
		audit.record(AuditRecord.of("petition.objected", MODULE, id, org,
				p.trackingNumber() + " 向" + from.trim() + "提出异议：" + reason.trim()));
		return p;
	}

	/** A clock of this petition, titled for 我的待办 as "信访 XF-… {what}"; no authority = nobody's task. */
	private ClockView startClock(Petition p, String rule, LocalDate start, String what, @Nullable String authority) {
		return clocks.start(new StartClock(p.org(), MODULE, Long.toString(p.id()), rule, start,
				"信访 " + p.trackingNumber() + " " + what, "/console/petitions/" + p.id(), null, authority));
	}

	private Long closedWindow(Petition p, String rule, LocalDate start, String title) {
		ClockView window = startClock(p, rule, start, title, null);
		clocks.complete(window.id(), window.dueOn() == null ? start : window.dueOn());
		return window.id().value();
	}

	private void requireWithinWindow(Petition p, LocalDate on, String lateKey) {
		if (on.isAfter(today())) {
			throw new RuleViolation("petition.date.future");
		}
		if (p.stageClockId() == null) {
			throw new RuleViolation("petition.status.wrong", p.status().label());
		}
		LocalDate last = clocks.view(new ClockId(p.stageClockId())).dueOn();
		if (last != null && on.isAfter(last)) {
			throw new RuleViolation(lateKey, last);
		}
	}

	/** The last day to request 复查 or 复核, while such a window is open. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> requestWindowEnd(Petition p) {
		if ((p.status() == PetitionStatus.ANSWERED || p.status() == PetitionStatus.REVIEWED) && p.stageClockId() != null) {
			return Optional.ofNullable(clocks.view(new ClockId(p.stageClockId())).dueOn());
		}
		return Optional.empty();
	}

	public Petition close(OrgId org, long id, LocalDate on, String actor) {
		Petition p = writable(org, id);
		p.close(on);
		step(p, on, actor, true, "办结归档");
		audit.record(AuditRecord.of("petition.closed", MODULE, id, org, p.trackingNumber() + " 办结归档"));
		return p;
	}

	/** 督办 (Art. 38 ff.): a leader marks (or unmarks) a petition for supervision; it stands out in lists. */
	public Petition supervise(OrgId org, long id, boolean on, @Nullable String note, String actor) {
		Petition p = writable(org, id);
		p.supervise(on, note);
		step(p, today(), actor, false, on ? "领导督办" + (note == null || note.isBlank() ? "" : "：" + note.trim()) : "撤销督办");
		audit.record(AuditRecord.of(on ? "petition.supervised" : "petition.supervision-lifted", MODULE, id, org,
				p.trackingNumber() + (on ? " 列为督办" : " 撤销督办")));
		if (on) {
			notifications.notifyHolders(org, "petition:handle", "督办信访事项：" + p.trackingNumber(),
					note == null ? p.subject() : note, "/console/petitions/" + p.id());
		}
		return p;
	}

	/** Links a 重复信访 to the earlier petition, so that statistics count the matter once. */
	public Petition linkDuplicate(OrgId org, long id, long earlierId, String actor) {
		Petition p = writable(org, id);
		Petition earlier = writable(org, earlierId);
		p.linkDuplicateOf(earlier);
		step(p, today(), actor, false, "认定为重复信访，关联 " + earlier.trackingNumber());
		audit.record(AuditRecord.of("petition.duplicate-linked", MODULE, id, org,
				p.trackingNumber() + " 重复信访，关联 " + earlier.trackingNumber()));
		return p;
	}

	/** The petitioner's rating, once the town has replied; given with the tracking number and query code. */
	public void rate(TrackingNumber number, String queryCode, Satisfaction rating) {
		rate(number, queryCode, rating, today());
	}

	/** The rating through the link on the tracking page: a token derived from the query code stands in for it. */
	public void rateWithToken(TrackingNumber number, String token, Satisfaction rating) {
		Petition p = petitions.findByTrackingNumber(number.value()).stream()
			.filter(x -> tokens.ratingMatches(x, token)).findFirst()
			.orElseThrow(() -> new NotFound("petition"));
		rate(p, rating, today());
	}

	void rate(TrackingNumber number, String queryCode, Satisfaction rating, LocalDate on) {
		rate(byTrackingNumber(number, queryCode).orElseThrow(() -> new NotFound("petition")), rating, on);
	}

	private void rate(Petition p, Satisfaction rating, LocalDate on) {
		p.rate(rating, on);
		step(p, on, "信访人", true, "信访人评价：" + rating.label());
		audit.record(AuditRecord.of("petition.rated", MODULE, p.id(), p.org(), p.trackingNumber() + " 评价 " + rating.label()));
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public Petition petition(Set<OrgId> readable, long id) {
		return petitions.findById(id).filter(p -> readable.contains(p.org())).orElseThrow(() -> new NotFound("petition"));
	}

	@Transactional(readOnly = true)
	public Optional<Petition> byTrackingNumber(TrackingNumber number, String queryCode) {
		return petitions.findByTrackingNumber(number.value()).stream().filter(p -> p.queryCode().matches(queryCode))
			.findFirst();
	}

	/** For a letter link from the tracking page: the token stands in for the query code. */
	@Transactional(readOnly = true)
	public Optional<Petition> byTrackingNumberAndToken(TrackingNumber number, LetterKind kind, String token) {
		return petitions.findByTrackingNumber(number.value()).stream()
			.filter(p -> tokens.letterMatches(p, kind, token)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<PetitionStep> timeline(Petition p) {
		return steps.findByPetitionIdOrderByIdAsc(p.id());
	}

	@Transactional(readOnly = true)
	public List<ClockView> clocksOf(Petition p) {
		return clocks.ofRecord(MODULE, Long.toString(p.id()));
	}

	/** The clock that matters now: 受理告知 before the decision, then 办理, then the 复查/复核 decision. */
	@Transactional(readOnly = true)
	public Optional<ClockView> currentClock(Petition p) {
		Long id = switch (p.status()) {
			case RECEIVED -> p.acceptanceClockId();
			case ACCEPTED -> p.handlingClockId();
			case REVIEW_REQUESTED, RECHECK_REQUESTED -> p.stageClockId();
			default -> null;
		};
		return id == null ? Optional.empty() : Optional.of(clocks.view(new ClockId(id)));
	}

	/**
	 * Shows a petitioner's identity unmasked, audited (architecture: every view of personal data). For 检举控告类
	 * only holders of petition:identity may (Art. 30: the accuser is protected).
	 */
	public List<Petitioner> revealIdentity(Set<OrgId> readable, long id, Set<String> authorities) {
		Petition p = petition(readable, id);
		boolean allowed = p.isIdentityProtected() ? authorities.contains("petition:identity")
				: authorities.contains("petition:identity") || authorities.contains("petition:handle");
		if (!allowed) {
			throw new RuleViolation("petition.identity.denied");
		}
		audit.recordPersonalDataView(MODULE, p.id(), p.org(), "查看信访人身份信息 " + p.trackingNumber()
				+ (p.isIdentityProtected() ? "（检举控告类）" : ""));
		return p.petitioners();
	}

	/** {@code figure}: only the records a figure of {@link PetitionStatistics} counts (its click-through). */
	public record Filter(@Nullable PetitionStatus status, @Nullable PetitionType type, @Nullable Channel channel,
			@Nullable Long villageId, boolean supervisedOnly, boolean overdueOnly, @Nullable Integer year,
			PetitionStatistics.@Nullable Figure figure) {

		public Filter(@Nullable PetitionStatus status, @Nullable PetitionType type, @Nullable Channel channel,
				@Nullable Long villageId, boolean supervisedOnly, boolean overdueOnly, @Nullable Integer year) {
			this(status, type, channel, villageId, supervisedOnly, overdueOnly, year, null);
		}

		public static Filter none() {
			return new Filter(null, null, null, null, false, false, null);
		}
	}

	@Transactional(readOnly = true)
	public Page<Petition> search(OrgId org, Filter f, int page, int size) {
		LocalDate today = today();
		Specification<Petition> spec = (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> p = new ArrayList<>();
			p.add(cb.equal(root.get("orgId"), org.value()));
			if (f.status() != null) {
				p.add(cb.equal(root.get("status"), f.status()));
			}
			if (f.type() != null) {
				p.add(cb.equal(root.get("petitionType"), f.type()));
			}
			if (f.channel() != null) {
				p.add(cb.equal(root.get("channel"), f.channel()));
			}
			if (f.villageId() != null) {
				p.add(cb.equal(root.get("villageId"), f.villageId()));
			}
			if (f.supervisedOnly()) {
				p.add(cb.isTrue(root.get("supervised")));
			}
			if (f.year() != null) {
				p.add(cb.between(root.get("receivedOn"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
			}
			if (f.overdueOnly()) {
				p.add(root.get("id").in(overdueIds(org, today)));
			}
			if (f.figure() != null) {
				List<Long> ids = new ArrayList<>(statistics.idsOf(org, f.year(), f.figure()));
				ids.add(-1L);
				p.add(root.get("id").in(ids));
			}
			return cb.and(p.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
		return petitions.findAll(spec,
				PageRequest.of(Math.max(0, page), size, Sort.by(Sort.Direction.DESC, "receivedOn", "id")));
	}

	/** Ids of petitions whose open clock is past due (受理告知 or 办理 or 复查/复核 decision). */
	private List<Long> overdueIds(OrgId org, LocalDate today) {
		List<Long> ids = new ArrayList<>();
		ids.add(-1L);
		for (ClockView c : clocks.open(org, MODULE)) {
			if (c.dueOn() != null && c.dueOn().isBefore(today)) {
				ids.add(Long.parseLong(c.recordId()));
			}
		}
		return ids;
	}

	/** Earlier petitions that may be the same matter: the same person (ID number), or similar wording (full text). */
	@Transactional(readOnly = true)
	public List<Petition> possibleDuplicates(Petition p) {
		Map<Long, Petition> found = new LinkedHashMap<>();
		List<String> ids = p.petitioners().stream().map(Petitioner::idNumber).filter(x -> x != null).toList();
		if (!ids.isEmpty()) {
			petitions.samePerson(p.org().value(), ids, p.id()).forEach(x -> found.put(x.id(), x));
		}
		String text = p.subject() + " " + p.demand();
		List<Petition> similar = Search.session(entityManager)
			.search(Petition.class)
			.where(f -> f.bool()
				.must(f.match().fields("subject", "subjectBigram", "content", "contentBigram").matching(text)
					.minimumShouldMatchPercent(50))
				.filter(f.match().field("orgId").matching(p.org().value()))
				.mustNot(f.id().matching(p.id())))
			.fetchHits(10);
		similar.forEach(x -> found.putIfAbsent(x.id(), x));
		found.remove(p.id());
		return found.values().stream().filter(x -> x.receivedAt().isBefore(p.receivedAt()) || x.id() < p.id()).toList();
	}

	private Petition writable(OrgId org, long id) {
		return petitions.findById(id).filter(p -> p.org().equals(org)).orElseThrow(() -> new NotFound("petition"));
	}

	private void requireText(String s) {
		if (s == null || s.isBlank()) {
			throw new RuleViolation("petition.result.required");
		}
	}

	/** A step happening today is stamped now; a step recorded afterwards (letters, imports) at its day's office hour. */
	private void step(Petition p, LocalDate on, String actor, boolean visibleToPetitioner, String what) {
		java.time.Instant at = on.equals(today()) ? clock.instant() : on.atTime(9, 0).atZone(ZONE).toInstant();
		steps.save(new PetitionStep(p.id(), p.org().value(), at, what, actor, visibleToPetitioner));
	}
}
