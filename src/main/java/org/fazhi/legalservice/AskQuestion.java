package org.fazhi.legalservice;

import java.time.LocalDate;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A question to log: asked in person, by phone, or online (then {@code idempotencyKey} makes a repeat harmless). */
public record AskQuestion(OrgId org, Channel channel, LocalDate askedOn, String name, @Nullable String phone,
		@Nullable String villageName, Topic topic, String question, @Nullable String idempotencyKey) {
}
