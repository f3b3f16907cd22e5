package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.mediation.persistence.DisputeFact;
import org.junit.jupiter.api.Test;

/** legal-rules.md §7: no official definitions; the project's formulas are shown with their working. */
class RatioTests {

	private static DisputeFact fact(DisputeStatus s) {
		return new DisputeFact(DisputeType.NEIGHBOUR, DisputeSource.SCREENING, "龙井村", LocalDate.of(2024, 3, 1), s);
	}

	@Test
	void zeroReceivedShowsADashNotADivisionError() {
		var f = MediationStatistics.Figures.of("合计", List.of());
		assertThat(f.handlingRate().defined()).isFalse();
		assertThat(f.handlingRate().label()).isEqualTo("—");
		assertThat(f.successRate().precise()).isEqualTo("—");
		assertThat(f.handlingRate().working()).isEqualTo("调处率 = 已调处件数 ÷ 受理件数：0 ÷ 0，分母为零，不计算");
	}

	@Test
	void nothingConcludedYetGivesZeroHandlingAndNoSuccessRate() {
		var f = MediationStatistics.Figures.of("合计", List.of(fact(DisputeStatus.IN_MEDIATION)));
		assertThat(f.handlingRate().label()).isEqualTo("0%");
		assertThat(f.successRate().label()).isEqualTo("—");
	}

	@Test
	void successRateCountsFailuresAndTerminationsAsHandled() {
		var f = MediationStatistics.Figures.of("合计", List.of(fact(DisputeStatus.SUCCEEDED),
				fact(DisputeStatus.FAILED), fact(DisputeStatus.TERMINATED), fact(DisputeStatus.IN_MEDIATION)));
		assertThat(f.received()).isEqualTo(4);
		assertThat(f.handled()).isEqualTo(3);
		assertThat(f.handlingRate().precise()).isEqualTo("75.00%");
		assertThat(f.successRate().precise()).isEqualTo("33.33%");
		assertThat(f.successRate().label()).isEqualTo("33%");
	}

	@Test
	void theSeedFiguresRoundToNinetyNinePercent() {
		assertThat(new Ratio("成功率", MediationStatistics.SUCCESS_FORMULA, 430, 434).precise()).isEqualTo("99.08%");
		assertThat(new Ratio("成功率", MediationStatistics.SUCCESS_FORMULA, 430, 434).label()).isEqualTo("99%");
		assertThat(new Ratio("调处率", MediationStatistics.HANDLING_FORMULA, 434, 434).label()).isEqualTo("100%");
	}
}
