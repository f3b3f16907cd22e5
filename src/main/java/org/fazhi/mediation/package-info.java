/**
 * 矛盾纠纷排查调处 and 人民调解 under 《人民调解法》(2010): disputes with their parties, sessions and outcome
 * (Arts. 26-31), the 30-日 reminder to apply for 司法确认 (Art. 33), periodic 排查 reports per village, and the
 * 调处率 / 成功率 figures. Takes hand-overs from petitions (信访工作条例 Art. 37).
 */
@org.springframework.modulith.ApplicationModule(displayName = "人民调解",
		allowedDependencies = { "calendar", "organization", "identity", "audit", "notification", "petition",
				"shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.mediation;
