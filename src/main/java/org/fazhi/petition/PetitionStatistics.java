package org.fazhi.petition;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fazhi.petition.persistence.PetitionRepository;
import org.fazhi.shared.OrgId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's petition figures of a town, for the annual 法治政府建设 report and the 信访情况年度报告 (信访工作条例
 * Art. 41). A 重复信访 is counted among the received but not again among the registered matters.
 */
@Service
@Transactional(readOnly = true)
public class PetitionStatistics {

	private final PetitionRepository petitions;

	PetitionStatistics(PetitionRepository petitions) {
		this.petitions = petitions;
	}

	/**
	 * @param received every petition received in the year, repeats included
	 * @param registered distinct matters (received minus repeats)
	 * @param accepted accepted as 信访 and handled by the town
	 * @param routed not accepted with the legal channel named, transferred, or handed to mediation
	 * @param concluded answered or routed
	 * @param concludedOnTime concluded with every statutory step in its period
	 * @param repeatRate repeats / received, in percent (one decimal)
	 * @param satisfactionRate (满意 + 基本满意) / rated, in percent (one decimal); 0 when nobody rated
	 */
	public record Figures(int year, long received, long registered, long accepted, long routed, long concluded,
			long concludedOnTime, long repeats, long collective, long supervised, long rated,
			Map<PetitionType, Long> byType, Map<Channel, Long> byChannel, Map<String, Long> byVillage,
			Map<Satisfaction, Long> bySatisfaction, double repeatRate, double satisfactionRate) {
	}

	public Figures year(OrgId org, int year) {
		List<Petition> all = petitions.findByOrgIdAndReceivedOnBetweenOrderByReceivedOnAscIdAsc(org.value(),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		long repeats = all.stream().filter(Petition::isDuplicate).count();
		List<Petition> matters = all.stream().filter(p -> !p.isDuplicate()).toList();
		Map<PetitionType, Long> byType = new EnumMap<>(PetitionType.class);
		Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
		Map<String, Long> byVillage = new TreeMap<>();
		Map<Satisfaction, Long> bySatisfaction = new EnumMap<>(Satisfaction.class);
		long accepted = 0;
		long routed = 0;
		long concluded = 0;
		long onTime = 0;
		for (Petition p : matters) {
			if (p.type() != null) {
				byType.merge(p.type(), 1L, Long::sum);
			}
			byChannel.merge(p.channel(), 1L, Long::sum);
			byVillage.merge(p.villageName() == null ? "未注明" : p.villageName(), 1L, Long::sum);
			if (p.satisfaction() != null) {
				bySatisfaction.merge(p.satisfaction(), 1L, Long::sum);
			}
			if (p.decidedOn() != null) {
				if (p.handlingUnit() != null && p.disputeKind() == null) {
					accepted++;
				}
				else {
					routed++;
				}
			}
			if (p.status().isConcluded()) {
				concluded++;
			}
			if (p.isConcludedOnTime()) {
				onTime++;
			}
		}
		long rated = bySatisfaction.values().stream().mapToLong(Long::longValue).sum();
		long content = bySatisfaction.entrySet().stream().filter(e -> e.getKey().counts())
			.mapToLong(Map.Entry::getValue).sum();
		return new Figures(year, all.size(), matters.size(), accepted, routed, concluded, onTime, repeats,
				matters.stream().filter(Petition::isCollective).count(),
				matters.stream().filter(Petition::isSupervised).count(), rated, byType, byChannel, byVillage,
				bySatisfaction, percent(repeats, all.size()), percent(content, rated));
	}

	private static double percent(long part, long whole) {
		return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
	}
}
