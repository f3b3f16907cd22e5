package org.fazhi.shared;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;

/**
 * The secret a citizen needs, with the tracking number, to see a submission's progress. Eight characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits from a {@link SecureRandom}.
 */
public record QueryCode(String value) {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	public QueryCode {
		if (value == null || value.length() != 8 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			throw new RuleViolation("querycode.format");
		}
	}

	public static QueryCode random() {
		StringBuilder sb = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new QueryCode(sb.toString());
	}

	/** Compares in constant time, so response timing does not reveal how many characters matched. */
	public boolean matches(String candidate) {
		if (candidate == null) {
			return false;
		}
		return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
				candidate.trim().toUpperCase().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return value;
	}
}
