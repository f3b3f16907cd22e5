package org.fazhi.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence, check character of
 * ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11, 'X' for 10). Shown masked; see {@link Masking}.
 */
public record ChineseIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	public ChineseIdNumber {
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			throw new RuleViolation(problem.get());
		}
	}

	public static ChineseIdNumber of(String value) {
		return new ChineseIdNumber(value == null ? "" : value.trim().toUpperCase());
	}

	public static boolean isValid(String value) {
		return value != null && problemWith(value.trim().toUpperCase()).isEmpty();
	}

	public static Optional<String> problemWith(String value) {
		if (value == null || !value.matches("\\d{17}[0-9X]")) {
			return Optional.of("idnumber.format");
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
			if (birth.getYear() < 1900) {
				return Optional.of("idnumber.birthdate");
			}
		}
		catch (DateTimeException e) {
			return Optional.of("idnumber.birthdate");
		}
		if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
			return Optional.of("idnumber.check");
		}
		return Optional.empty();
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public String masked() {
		return Masking.idNumber(value);
	}

	@Override
	public String toString() {
		return masked();
	}
}
