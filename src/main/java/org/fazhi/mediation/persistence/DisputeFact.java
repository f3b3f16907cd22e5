package org.fazhi.mediation.persistence;

import java.time.LocalDate;

import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.DisputeStatus;
import org.fazhi.mediation.DisputeType;

/** What the statistics count of one dispute. */
public record DisputeFact(DisputeType type, DisputeSource source, String village, LocalDate receivedOn,
		DisputeStatus status) {
}
