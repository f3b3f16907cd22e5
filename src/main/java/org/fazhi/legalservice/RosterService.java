package org.fazhi.legalservice;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.legalservice.persistence.AdvisorRepository;
import org.fazhi.legalservice.persistence.DutySlotRepository;
import org.fazhi.legalservice.persistence.NavigatorRepository;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Urgency;
import org.fazhi.shared.WorkItem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The station's duty schedule and the 法律明白人 and 法律顾问 rosters. Advisor contracts about to end appear in
 * "我的待办" so that a renewal is arranged in time; the notice period is local practice, not law, hence configurable.
 */
@Service
@Transactional
public class RosterService implements WorkItem.Source {

	private final DutySlotRepository duty;

	private final NavigatorRepository navigators;

	private final AdvisorRepository advisors;

	private final OrganizationService organization;

	private final AuditTrail audit;

	private final Clock clock;

	private final int renewalNoticeDays;

	RosterService(DutySlotRepository duty, NavigatorRepository navigators, AdvisorRepository advisors,
			OrganizationService organization, AuditTrail audit, Clock clock,
			@Value("${fazhi.legalservice.advisor-renewal-notice-days:60}") int renewalNoticeDays) {
		this.duty = duty;
		this.navigators = navigators;
		this.advisors = advisors;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
		this.renewalNoticeDays = renewalNoticeDays;
	}

	// --- 值班表 ---

	@Transactional(readOnly = true)
	public List<DutySlot> duty(OrgId org) {
		return duty.findByOrgIdOrderByWeekdayAscIdAsc(org.value());
	}

	@Transactional(readOnly = true)
	public Set<DayOfWeek> dutyDays(OrgId org) {
		return Set.copyOf(duty(org).stream().map(DutySlot::weekday).toList());
	}

	public DutySlot addDuty(OrgId org, DayOfWeek day, String lawyer, String firm, String hours) {
		if (lawyer.isBlank() || firm.isBlank()) {
			throw new RuleViolation("legalservice.duty.required");
		}
		DutySlot slot = duty.save(new DutySlot(org.value(), day, lawyer.trim(), firm.trim(),
				hours.isBlank() ? "9:00—17:00" : hours.trim()));
		audit.record(AuditRecord.of("legalservice.duty.added", "duty", slot.id(), org,
				"值班表增加：" + slot.weekdayLabel() + " " + lawyer + "（" + firm + "）"));
		return slot;
	}

	public void removeDuty(OrgId org, long id) {
		DutySlot slot = duty.findById(id).filter(s -> duty(org).stream().anyMatch(x -> x.id() == id))
			.orElseThrow(() -> new NotFound("duty " + id));
		duty.delete(slot);
		audit.record(AuditRecord.of("legalservice.duty.removed", "duty", id, org,
				"值班表删除：" + slot.weekdayLabel() + " " + slot.lawyer()));
	}

	// --- 法律明白人 ---

	@Transactional(readOnly = true)
	public List<Navigator> navigators(OrgId org) {
		return navigators.findByOrgIdOrderByVillageNameAscIdAsc(org.value());
	}

	public Navigator addNavigator(OrgId org, long villageId, String name, @Nullable String phone, LocalDate selectedOn) {
		if (name.isBlank()) {
			throw new RuleViolation("legalservice.navigator.required");
		}
		Village v = organization.village(Set.of(org), villageId);
		Navigator n = navigators.save(new Navigator(org.value(), v.id(), v.name(), name.trim(), phone, selectedOn));
		audit.record(AuditRecord.of("legalservice.navigator.added", "navigator", n.id(), org,
				"推选法律明白人：" + v.name() + " " + name));
		return n;
	}

	public void addNavigatorRecord(OrgId org, long navigatorId, NavigatorRecord.Kind kind, LocalDate heldOn,
			String title) {
		if (title.isBlank()) {
			throw new RuleViolation("legalservice.record.required");
		}
		Navigator n = navigators.findByIdAndOrgId(navigatorId, org.value())
			.orElseThrow(() -> new NotFound("navigator " + navigatorId));
		n.add(kind, heldOn, title.trim());
		audit.record(AuditRecord.of("legalservice.navigator.record", "navigator", navigatorId, org,
				n.name() + " " + kind.label() + "：" + title));
	}

	// --- 法律顾问 ---

	@Transactional(readOnly = true)
	public List<Advisor> advisors(OrgId org) {
		return advisors.findByOrgIdOrderByTermToDesc(org.value());
	}

	public Advisor addAdvisor(OrgId org, String firm, String lawyers, LocalDate from, LocalDate to,
			@Nullable Long renewedFrom) {
		if (firm.isBlank() || lawyers.isBlank()) {
			throw new RuleViolation("legalservice.advisor.required");
		}
		if (renewedFrom != null) {
			advisors.findByIdAndOrgId(renewedFrom, org.value()).orElseThrow(() -> new NotFound("advisor"));
		}
		Advisor a = advisors.save(new Advisor(org.value(), firm.trim(), lawyers.trim(), from, to, renewedFrom));
		audit.record(AuditRecord.of("legalservice.advisor.added", "advisor", a.id(), org,
				(renewedFrom == null ? "聘请法律顾问：" : "续聘法律顾问：") + firm + "，" + from + " 至 " + to));
		return a;
	}

	public int renewalNoticeDays() {
		return renewalNoticeDays;
	}

	/** Engagements ending soon that nobody has renewed yet. */
	@Transactional(readOnly = true)
	public List<Advisor> renewalsDue(OrgId org, LocalDate today) {
		List<Advisor> all = advisors(org);
		return all.stream()
			.filter(a -> a.renewalDue(today, renewalNoticeDays))
			.filter(a -> all.stream().noneMatch(b -> Long.valueOf(a.id()).equals(b.renewedFrom())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openItems(OrgId org, Collection<String> authorities, LocalDate today) {
		if (!authorities.contains("legalservice:handle")) {
			return List.of();
		}
		return renewalsDue(org, today).stream()
			.map(a -> new WorkItem("法律顾问", "法律顾问合同续聘：" + a.firm(), "/console/legal/advisors", a.termTo(),
					Urgency.DUE_SOON))
			.toList();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}
}
