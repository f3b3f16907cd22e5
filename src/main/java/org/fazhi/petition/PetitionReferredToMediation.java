package org.fazhi.petition;

import java.time.LocalDate;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A petition about a neighbour, family or similar civil dispute was handed to people's mediation (信访工作条例
 * Art. 37: 多元预防调处化解; 人民调解法 Art. 17). The mediation module registers a dispute with source 信访转入.
 *
 * @param partyName the petitioner's name (the mediation module masks it on display)
 * @param partyPhone the petitioner's phone, may be empty
 * @param village the village or community name, may be empty
 */
public record PetitionReferredToMediation(OrgId org, String trackingNumber, String partyName,
		@Nullable String partyPhone, @Nullable String village, String matter, LocalDate referredOn) {
}
