package org.fazhi.shared;

import java.util.Optional;

/**
 * 统一社会信用代码 (unified social credit code), 18 characters, with the check character of GB 32100-2015:
 * weights 3^i mod 31 over the first 17 characters, code = 31 - (sum mod 31), alphabet without I, O, Z, S, V.
 */
public record CreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			throw new RuleViolation(problem.get());
		}
	}

	public static CreditCode of(String value) {
		return new CreditCode(value == null ? "" : value.trim().toUpperCase());
	}

	public static boolean isValid(String value) {
		return value != null && problemWith(value.trim().toUpperCase()).isEmpty();
	}

	/** The message key of what is wrong with the text, or empty when it is a valid code. */
	public static Optional<String> problemWith(String value) {
		if (value == null || value.length() != 18) {
			return Optional.of("creditcode.length");
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return Optional.of("creditcode.character");
			}
		}
		if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
			return Optional.of("creditcode.check");
		}
		return Optional.empty();
	}

	/** The 18th character for the given first 17 (GB 32100-2015 §5). */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = ALPHABET.indexOf(first17.charAt(i));
			if (v < 0) {
				throw new RuleViolation("creditcode.character");
			}
			sum += v * WEIGHTS[i];
		}
		int c = 31 - sum % 31;
		return ALPHABET.charAt(c == 31 ? 0 : c);
	}

	@Override
	public String toString() {
		return value;
	}
}
