package org.fazhi.mediation;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A dispute to register: found in 排查, applied for, or handed over by another office. */
public record RegisterDispute(OrgId org, @Nullable Long villageId, String villageName, DisputeType type,
		DisputeSource source, @Nullable String sourceRef, String summary, LocalDate receivedOn, boolean risk,
		@Nullable String riskNote, String committee, String mediators, List<Party> parties) {

	public RegisterDispute {
		parties = List.copyOf(parties);
	}

	public record Party(PartyKind kind, String name, @Nullable String idNumber, @Nullable String phone,
			@Nullable String address) {
	}
}
