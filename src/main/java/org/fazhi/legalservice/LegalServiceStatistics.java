package org.fazhi.legalservice;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.time.DayOfWeek;

import org.fazhi.legalservice.persistence.ConsultationRepository;
import org.fazhi.legalservice.persistence.NavigatorRepository;
import org.fazhi.shared.OrgId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operational figures of 公共法律服务 (legal-rules.md §10: counts, no national deadlines): consultations by channel and
 * topic, how many fell on the station's duty days, referrals, and 法律明白人 by village.
 */
@Service
@Transactional(readOnly = true)
public class LegalServiceStatistics {

	private final ConsultationRepository consultations;

	private final NavigatorRepository navigators;

	private final RosterService rosters;

	LegalServiceStatistics(ConsultationRepository consultations, NavigatorRepository navigators,
			RosterService rosters) {
		this.consultations = consultations;
		this.navigators = navigators;
		this.rosters = rosters;
	}

	public record Report(OrgId org, LocalDate from, LocalDate to, long consultations, long onDutyDays,
			Map<Channel, Long> byChannel, Map<Topic, Long> byTopic, Map<Referral, Long> referrals, long navigators,
			Map<String, Long> navigatorsByVillage, long navigatorTrainings, long navigatorActivities) {
	}

	public Report report(OrgId org, LocalDate from, LocalDate to) {
		List<Consultation> asked = consultations.asked(org.value(), from, to);
		Set<DayOfWeek> dutyDays = rosters.dutyDays(org);
		Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
		Map<Topic, Long> byTopic = new EnumMap<>(Topic.class);
		Map<Referral, Long> referrals = new EnumMap<>(Referral.class);
		long onDuty = 0;
		for (Consultation c : asked) {
			byChannel.merge(c.channel(), 1L, Long::sum);
			byTopic.merge(c.topic(), 1L, Long::sum);
			if (c.referral() != Referral.NONE) {
				referrals.merge(c.referral(), 1L, Long::sum);
			}
			if (dutyDays.contains(c.askedOn().getDayOfWeek())) {
				onDuty++;
			}
		}
		// 法律明白人 selected in the period (the report's "本年度推选 … 21人").
		var selected = navigators.findByOrgIdOrderByVillageNameAscIdAsc(org.value()).stream()
			.filter(n -> !n.selectedOn().isBefore(from) && !n.selectedOn().isAfter(to))
			.toList();
		Map<String, Long> byVillage = new TreeMap<>();
		selected.forEach(n -> byVillage.merge(n.villageName(), 1L, Long::sum));
		long trainings = selected.stream().flatMap(n -> n.records().stream())
			.filter(r -> r.kind() == NavigatorRecord.Kind.TRAINING && !r.heldOn().isBefore(from) && !r.heldOn().isAfter(to))
			.count();
		long activities = selected.stream().flatMap(n -> n.records().stream())
			.filter(r -> r.kind() == NavigatorRecord.Kind.ACTIVITY && !r.heldOn().isBefore(from) && !r.heldOn().isAfter(to))
			.count();
		return new Report(org, from, to, asked.size(), onDuty, byChannel, byTopic, referrals, selected.size(), byVillage,
				trainings, activities);
	}

	public Report year(OrgId org, int year) {
		return report(org, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}
}
