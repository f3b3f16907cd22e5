package org.fazhi.petition;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A petition as received, by any channel. {@code idempotencyKey} is the portal form's hidden token or the API's
 * {@code Idempotency-Key}: the same key gives the first record back.
 */
public record Intake(Channel channel, LocalDate receivedOn, String subject, String content, String demand,
		@Nullable Long villageId, List<Petitioner> petitioners, @Nullable String idempotencyKey) {
}
