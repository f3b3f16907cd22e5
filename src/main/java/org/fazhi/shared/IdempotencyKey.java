package org.fazhi.shared;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Idempotency-Key} header of the public submission APIs, checked the same way by all of them: at most
 * {@value #MAX_LENGTH} characters (the columns hold a short module prefix on top), blank means none.
 */
public final class IdempotencyKey {

	public static final int MAX_LENGTH = 100;

	private IdempotencyKey() {
	}

	/** The trimmed key, or null when none was sent; a longer key is a {@link BadInput}, not a database error. */
	public static @Nullable String of(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String key = header.strip();
		if (key.length() > MAX_LENGTH) {
			throw new BadInput("idempotency.too-long", MAX_LENGTH);
		}
		return key;
	}
}
