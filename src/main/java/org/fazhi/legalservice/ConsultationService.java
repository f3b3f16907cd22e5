package org.fazhi.legalservice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.legalservice.persistence.ConsultationRepository;
import org.fazhi.mediation.Dispute;
import org.fazhi.mediation.MediationService;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.QueryCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Serials;
import org.fazhi.shared.Tracking;
import org.fazhi.shared.TrackingNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging, answering and referring legal questions. Online questions are citizen submissions with a receipt. */
@Service
@Transactional
public class ConsultationService {

	public static final String PREFIX = "ZX";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ConsultationRepository consultations;

	private final Serials serials;

	private final AuditTrail audit;

	private final MediationService mediation;

	private final Clock clock;

	ConsultationService(ConsultationRepository consultations, Serials serials, AuditTrail audit,
			MediationService mediation, Clock clock) {
		this.consultations = consultations;
		this.serials = serials;
		this.audit = audit;
		this.mediation = mediation;
		this.clock = clock;
	}

	/**
	 * Logs a question. An online one gets a tracking number and query code; a repeat with the same idempotency key
	 * (a double click, a retried API call) returns the first record instead of a second one.
	 */
	public Consultation ask(AskQuestion q, String actor) {
		if (q.idempotencyKey() != null) {
			Optional<Consultation> first = consultations.findByIdempotencyKey(q.idempotencyKey());
			if (first.isPresent()) {
				return first.get();
			}
		}
		if (q.name().isBlank()) {
			throw new RuleViolation("legalservice.name.required");
		}
		if (q.question().isBlank()) {
			throw new RuleViolation("legalservice.question.required");
		}
		String number = null;
		QueryCode code = null;
		if (q.channel() == Channel.ONLINE) {
			int year = q.askedOn().getYear();
			number = TrackingNumber.of(PREFIX, year, serials.next(PREFIX + "-" + year)).value();
			code = QueryCode.random();
		}
		Consultation c = consultations.saveAndFlush(Consultation.asked(q, number, code, clock.instant(), actor));
		audit.record(AuditRecord.of("legalservice.asked", "consultation", c.id(), q.org(),
				"登记法律咨询（" + q.channel().label() + "，" + q.topic().label() + "）"
						+ (number == null ? "" : "，受理编号 " + number)));
		return c;
	}

	/** For a concurrent duplicate that lost the race on the unique key: the first one's record. */
	@Transactional(readOnly = true)
	public Optional<Consultation> byIdempotencyKey(String key) {
		return consultations.findByIdempotencyKey(key);
	}

	public static boolean isDuplicate(DataIntegrityViolationException e) {
		return e.getMessage() != null && e.getMessage().toLowerCase().contains("idempotency");
	}

	@Transactional(readOnly = true)
	public Consultation consultation(Set<OrgId> readable, long id) {
		return consultations.findByIdAndOrgIdIn(id, readable.stream().map(OrgId::value).toList())
			.orElseThrow(() -> new NotFound("consultation " + id));
	}

	@Transactional(readOnly = true)
	public Page<Consultation> find(OrgId org, @Nullable Channel channel, @Nullable Topic topic, boolean open, int page,
			int size) {
		return consultations.find(org.value(), channel, topic, open, PageRequest.of(Math.max(0, page), size));
	}

	/** The answer the staff give; for an online question the citizen reads it on the tracking page. */
	public void answer(OrgId org, long id, String text, String actor) {
		Consultation c = mine(org, id);
		boolean before = c.answered();
		c.answer(text, actor, clock.instant());
		audit.record(AuditRecord.of("legalservice.answered", "consultation", id, org,
				(before ? "修改答复" : "待答复 → 已答复")));
	}

	/** Staff file a consultation under another topic, e.g. one the citizen described in their own words. */
	public void refile(OrgId org, long id, Topic to, String actor) {
		Consultation c = mine(org, id);
		Topic before = c.topic();
		c.refile(to);
		audit.record(AuditRecord.of("legalservice.refiled", "consultation", id, org,
				"类别 " + before.label() + " → " + to.label()));
	}

	/**
	 * Sends the matter on. To mediation, a dispute with source 法律咨询转入 is registered at once (this module may
	 * call mediation; mediation never calls back). Legal aid and litigation are recorded as guidance given.
	 */
	public @Nullable Dispute refer(OrgId org, long id, Referral to, java.time.LocalDate on, String actor) {
		Consultation c = mine(org, id);
		Dispute dispute = null;
		String ref = null;
		if (to == Referral.MEDIATION) {
			String source = c.trackingNumber() != null ? c.trackingNumber() : "ZXDJ-" + c.id();
			dispute = mediation.registerFromConsultation(org, source, c.name(), c.phone(), c.villageName(),
					c.question(), on.isBefore(c.askedOn()) ? c.askedOn() : on, actor);
			ref = dispute.caseNumber();
		}
		c.refer(to, ref, clock.instant());
		audit.record(AuditRecord.of("legalservice.referred", "consultation", id, org,
				to.label() + (ref == null ? "" : "（" + ref + "）")));
		return dispute;
	}

	/** What the tracking page shows: the question's progress and, once given, the answer. */
	@Transactional(readOnly = true)
	public Optional<Tracking> track(TrackingNumber number, String code) {
		return consultations.findByTrackingNumber(number.value()).filter(c -> c.codeMatches(code)).map(c -> {
			List<Tracking.Step> steps = new ArrayList<>();
			steps.add(new Tracking.Step(LocalDateTime.ofInstant(c.createdAt(), ZONE), "收到您的咨询（" + c.topic().label() + "）"));
			if (c.answeredAt() != null) {
				steps.add(new Tracking.Step(LocalDateTime.ofInstant(c.answeredAt(), ZONE), "答复：" + c.answer()));
			}
			if (c.referredAt() != null) {
				steps.add(new Tracking.Step(LocalDateTime.ofInstant(c.referredAt(), ZONE), citizenText(c.referral())));
			}
			return new Tracking(c.trackingNumber(), "法律咨询", c.statusLabel(), c.askedOn(), null, steps, List.of());
		});
	}

	private static String citizenText(Referral r) {
		return switch (r) {
			case MEDIATION -> "已转人民调解委员会调解，调解员将与您联系";
			case LEGAL_AID -> "已转法律援助机构，请按通知办理法律援助申请";
			case LITIGATION -> "已告知您可以依法向人民法院提起诉讼";
			case NONE -> "";
		};
	}

	private Consultation mine(OrgId org, long id) {
		return consultations.findByIdAndOrgIdIn(id, List.of(org.value()))
			.orElseThrow(() -> new NotFound("consultation " + id));
	}
}
