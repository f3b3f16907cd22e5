package org.fazhi.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A rate shown with its working: numerator ÷ denominator. legal-rules.md §7: there is no official definition of
 * 调处率 or 成功率, so the page always shows the formula and the counts; an empty denominator shows "—", never a
 * division error or a made-up 0% / 100%.
 */
public record Ratio(String name, String formula, long numerator, long denominator) {

	public boolean defined() {
		return denominator > 0;
	}

	/** The rate in percent with two decimals (430 ÷ 434 → 99.08), or null when there is nothing to divide by. */
	public @Nullable BigDecimal percent() {
		if (!defined()) {
			return null;
		}
		return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}

	/** As in a report: whole percent ("99%"), "—" when undefined. */
	public String label() {
		return defined() ? percent().setScale(0, RoundingMode.HALF_UP).toPlainString() + "%" : "—";
	}

	/** As on the statistics page: "99.08%". */
	public String precise() {
		return defined() ? percent().toPlainString() + "%" : "—";
	}

	public String working() {
		return formula + "：" + numerator + " ÷ " + denominator + (defined() ? " = " + precise() : "，分母为零，不计算");
	}
}
