package org.fazhi.mediation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.mediation.persistence.DisputeFact;
import org.fazhi.mediation.persistence.DisputeRepository;
import org.fazhi.shared.OrgId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of 人民调解 for a period, counted from the disputes received in it. legal-rules.md §7: no official
 * definitions exist, so the project uses 调处率 = 已调处 ÷ 受理 and 成功率 = 调解成功 ÷ 已调处, where 已调处 means
 * concluded (调解成功, 调解不成 or 终止), and shows the working with every figure.
 */
@Service
@Transactional(readOnly = true)
public class MediationStatistics {

	public static final String HANDLING_FORMULA = "调处率 = 已调处件数 ÷ 受理件数";

	public static final String SUCCESS_FORMULA = "成功率 = 调解成功件数 ÷ 已调处件数";

	private final DisputeRepository disputes;

	MediationStatistics(DisputeRepository disputes) {
		this.disputes = disputes;
	}

	/** One line of a breakdown, or the total. */
	public record Figures(String label, long received, long handled, long successful, long failed, long terminated) {

		public Ratio handlingRate() {
			return new Ratio("调处率", HANDLING_FORMULA, handled, received);
		}

		public Ratio successRate() {
			return new Ratio("成功率", SUCCESS_FORMULA, successful, handled);
		}

		static Figures of(String label, List<DisputeFact> facts) {
			long handled = facts.stream().filter(f -> f.status().concluded()).count();
			return new Figures(label, facts.size(), handled, count(facts, DisputeStatus.SUCCEEDED),
					count(facts, DisputeStatus.FAILED), count(facts, DisputeStatus.TERMINATED));
		}

		private static long count(List<DisputeFact> facts, DisputeStatus s) {
			return facts.stream().filter(f -> f.status() == s).count();
		}
	}

	public record Report(OrgId org, LocalDate from, LocalDate to, Figures total, List<Figures> byType,
			List<Figures> byVillage, List<Figures> bySource, List<Figures> byMonth) {
	}

	public Report report(OrgId org, LocalDate from, LocalDate to) {
		List<DisputeFact> facts = disputes.facts(org.value(), from, to);
		return new Report(org, from, to, Figures.of("合计", facts),
				group(facts, f -> f.type().label(), null),
				group(facts, DisputeFact::village, Comparator.naturalOrder()),
				group(facts, f -> f.source().label(), null),
				group(facts, f -> YearMonth.from(f.receivedOn()).toString(), Comparator.naturalOrder()));
	}

	public Report year(OrgId org, int year) {
		return report(org, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static List<Figures> group(List<DisputeFact> facts, Function<DisputeFact, String> key,
			@org.jspecify.annotations.Nullable Comparator<String> order) {
		Map<String, List<DisputeFact>> groups = facts.stream()
			.collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
		var entries = groups.entrySet().stream();
		// Dictionaries keep their own order (types, sources); villages and months sort by name.
		if (order != null) {
			entries = entries.sorted(Map.Entry.comparingByKey(order));
		}
		else {
			entries = entries.sorted(Comparator.comparingLong(e -> -e.getValue().size()));
		}
		return entries.map(e -> Figures.of(e.getKey(), e.getValue())).toList();
	}
}
