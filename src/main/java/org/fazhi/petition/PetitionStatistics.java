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

	/**
	 * The figures as predicates on one record, so that every number on the statistics page opens the list of
	 * exactly the records it counts (architecture: every figure traces to its records).
	 */
	public enum Figure {

		RECEIVED("收到信访事项"), REGISTERED("登记信访事项（不含重复信访）"), REPEAT("重复信访"), ACCEPTED("受理办理"),
		ROUTED("依法分流（不予受理、转送交办、转人民调解）"), CONCLUDED("办结"), CONCLUDED_ON_TIME("按期办结"),
		COLLECTIVE("集体访"), SUPERVISED("督办"), RATED("参与评价"), CONTENT("满意和基本满意");

		private final String label;

		Figure(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean test(Petition p) {
			if (this == RECEIVED) {
				return true;
			}
			if (this == REPEAT) {
				return p.isDuplicate();
			}
			if (p.isDuplicate()) {
				return false;
			}
			boolean decided = p.decidedOn() != null;
			boolean handledHere = p.handlingUnit() != null && p.disputeKind() == null;
			return switch (this) {
				case REGISTERED -> true;
				case ACCEPTED -> decided && handledHere;
				case ROUTED -> decided && !handledHere;
				case CONCLUDED -> p.status().isConcluded();
				case CONCLUDED_ON_TIME -> p.isConcludedOnTime();
				case COLLECTIVE -> p.isCollective();
				case SUPERVISED -> p.isSupervised();
				case RATED -> p.satisfaction() != null;
				case CONTENT -> p.satisfaction() != null && p.satisfaction().counts();
				default -> false;
			};
		}
	}

	/** Ids of a town's petitions (of a year, or all) that a figure counts. */
	public List<Long> idsOf(OrgId org, @org.jspecify.annotations.Nullable Integer year, Figure figure) {
		LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
		return petitions.findByOrgIdAndReceivedOnBetweenOrderByReceivedOnAscIdAsc(org.value(), from, to).stream()
			.filter(figure::test).map(Petition::id).toList();
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
			if (Figure.ACCEPTED.test(p)) {
				accepted++;
			}
			if (Figure.ROUTED.test(p)) {
				routed++;
			}
			if (Figure.CONCLUDED.test(p)) {
				concluded++;
			}
			if (Figure.CONCLUDED_ON_TIME.test(p)) {
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
