package org.fazhi.petition;

import java.time.LocalDate;

import org.fazhi.shared.QueryCode;
import org.fazhi.shared.TrackingNumber;
import org.jspecify.annotations.Nullable;

/**
 * What the petitioner is told on submission: number, query code, the day received and the 受理告知 due date, which
 * is 暂定 ({@code dueProvisional}) while the year it falls in has no holiday notice.
 */
public record Receipt(long id, TrackingNumber trackingNumber, QueryCode queryCode, LocalDate receivedOn,
		@Nullable LocalDate due, boolean repeated, boolean dueProvisional) {
}
