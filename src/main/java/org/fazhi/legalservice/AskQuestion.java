package org.fazhi.legalservice;

import java.time.LocalDate;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A question to log: asked in person, by phone, or online (then {@code idempotencyKey} makes a repeat harmless).
 * {@code topicAsWritten} keeps a citizen's own topic that is not in the dictionary; it is filed under 其他.
 */
public record AskQuestion(OrgId org, Channel channel, LocalDate askedOn, String name, @Nullable String phone,
		@Nullable String villageName, Topic topic, String question, @Nullable String idempotencyKey,
		@Nullable String topicAsWritten) {

	public AskQuestion(OrgId org, Channel channel, LocalDate askedOn, String name, @Nullable String phone,
			@Nullable String villageName, Topic topic, String question, @Nullable String idempotencyKey) {
		this(org, channel, askedOn, name, phone, villageName, topic, question, idempotencyKey, null);
	}
}
